import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * How the workspace and its copies are written: the codec sits between the JSON text and the
 * bytes on disk, so every reader and writer of the data folder goes through the same one.
 */
export type FileCodec = {
  /** True when new writes are encrypted. */
  readonly encrypts: boolean;
  /** The text to write for the given JSON text. */
  encode(json: string): string;
  /** The JSON text inside what was read; throws `LockedFileError` when it cannot be opened. */
  decode(text: string): string;
  /**
   * For searching only (GDPR erasure): what a damaged file under this key still says, without the
   * integrity check; null when it is not ours to read at all.
   */
  decodeForSearch(text: string): string | null;
};

/**
 * Why an encrypted file cannot be opened. `no-key`: this run has no key at all; `other-key`: it
 * was written with a different key (another computer or user account, or a lost key file);
 * `damaged`: the right key, but the bytes were changed or cut off; `newer-format`: written by a
 * later version of the app in an envelope this one does not know.
 */
export type LockReason = 'no-key' | 'other-key' | 'damaged' | 'newer-format';

export class LockedFileError extends Error {
  override name = 'LockedFileError';
  constructor(readonly reason: LockReason) {
    super(LOCK_MESSAGES[reason]);
  }
}

const LOCK_MESSAGES: Record<LockReason, string> = {
  'no-key':
    'the file is encrypted, and this app was started without its key (the desktop app keeps its key for itself; the browser host needs SECRETARIAAT_DATA_KEY, or SECRETARIAAT_DATA_DIR for another folder)',
  'other-key': 'the file is encrypted with a different key (another computer or user account, or a lost key file)',
  damaged: 'the encrypted file is damaged (its contents fail the integrity check)',
  'newer-format': 'the file is encrypted in a newer format than this version of Secretariaat reads; update the app',
};

const MARKER = 'secretariaat-encrypted-workspace';

const envelopeSchema = z
  .object({
    format: z.literal(MARKER),
    version: z.literal(1),
    algorithm: z.literal('aes-256-gcm'),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    iv: z.base64(),
    tag: z.base64(),
    data: z.base64(),
  })
  .strict();
type Envelope = z.infer<typeof envelopeSchema>;

export const DATA_KEY_BYTES = 32;

/** A cheap test on the first bytes, so plain files are never parsed twice just to be recognised. */
export function looksEncrypted(text: string): boolean {
  return text.trimStart().startsWith(`{"format":"${MARKER}"`);
}

/** Names a key without revealing it, so a file can say which key it needs. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('secretariaat key id\0').update(key).digest('hex').slice(0, 16);
}

/** What plain storage does: writes JSON as it is, and refuses to guess at an encrypted file. */
export const plainCodec: FileCodec = {
  encrypts: false,
  encode: (json) => json,
  decode: (text) => {
    if (looksEncrypted(text)) throw new LockedFileError('no-key');
    return text;
  },
  decodeForSearch: (text) => (looksEncrypted(text) ? null : text),
};

/**
 * AES-256-GCM with a fresh 96-bit IV per write; the header fields are authenticated too, so a
 * copied key id or version cannot be swapped in. Plain files still decode as they are, so
 * copies written before encryption was switched on stay readable.
 */
export function aesGcmCodec(key: Buffer): FileCodec {
  if (key.length !== DATA_KEY_BYTES) throw new Error(`A data key has ${DATA_KEY_BYTES} bytes, not ${key.length}.`);
  const keyId = keyIdOf(key);
  const header = (env: Pick<Envelope, 'format' | 'version' | 'algorithm' | 'keyId'>) =>
    Buffer.from(`${env.format}|${env.version}|${env.algorithm}|${env.keyId}`);
  return {
    encrypts: true,
    encode(json) {
      const iv = randomBytes(12);
      const base = { format: MARKER, version: 1, algorithm: 'aes-256-gcm', keyId } as const;
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(header(base));
      const data = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
      const envelope: Envelope = {
        ...base,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
      return JSON.stringify(envelope);
    },
    decode(text) {
      if (!looksEncrypted(text)) return text;
      const envelope = parseEnvelope(text);
      if (envelope.keyId !== keyId) throw new LockedFileError('other-key');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64')).setAAD(
          header(envelope),
        );
        decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new LockedFileError('damaged');
      }
    },
    decodeForSearch(text) {
      if (!looksEncrypted(text)) return text;
      // GCM is a stream cipher underneath: without the tag check, the undamaged parts still read.
      const fields = /"iv":"([^"]*)","tag":"[^"]*","data":"([^"]*)/.exec(text);
      if (!fields?.[1] || fields[2] === undefined || !text.includes(`"keyId":"${keyId}"`)) return null;
      try {
        return createDecipheriv('aes-256-gcm', key, Buffer.from(fields[1], 'base64'))
          .update(Buffer.from(fields[2], 'base64'))
          .toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

function parseEnvelope(text: string): Envelope {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A cut-off envelope is not JSON; it is damaged like any other changed byte.
    throw new LockedFileError('damaged');
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (
    parsed.success &&
    Buffer.from(parsed.data.iv, 'base64').length === 12 &&
    Buffer.from(parsed.data.tag, 'base64').length === 16
  ) {
    return parsed.data;
  }
  // Our marker with a version or algorithm we do not know is a later app's file, not a damaged one.
  const header = raw as { version?: unknown; algorithm?: unknown };
  if (header.version !== 1 || header.algorithm !== 'aes-256-gcm') throw new LockedFileError('newer-format');
  throw new LockedFileError('damaged');
}
