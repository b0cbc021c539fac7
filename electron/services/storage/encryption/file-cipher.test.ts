import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aesGcmCodec, LockedFileError, looksEncrypted, plainCodec, type LockReason } from './file-cipher.ts';

const workspaceText = JSON.stringify(
  { schemaVersion: 1, workspace: { people: [{ id: 'p-01', name: 'Anouk de Vries', leave: 'ziek' }] } },
  null,
  '\t',
);

function lockReason(decode: () => unknown): LockReason | 'opened' {
  try {
    decode();
    return 'opened';
  } catch (error) {
    if (error instanceof LockedFileError) return error.reason;
    throw error;
  }
}

describe('the file cipher (AES-256-GCM envelope)', () => {
  it('gives back exactly the text it was given, for any text', () => {
    const codec = aesGcmCodec(randomBytes(32));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => codec.decode(codec.encode(text)) === text),
    );
  });

  it('leaves no readable trace of names or structure on disk, and differs on every write', () => {
    const codec = aesGcmCodec(randomBytes(32));
    const first = codec.encode(workspaceText);
    const second = codec.encode(workspaceText);
    for (const written of [first, second]) {
      expect(looksEncrypted(written)).toBe(true);
      expect(written).not.toMatch(/Anouk|Vries|p-01|people|ziek/);
    }
    expect(first).not.toBe(second);
  });

  it('refuses any changed byte as damaged rather than returning altered data', () => {
    const codec = aesGcmCodec(randomBytes(32));
    const envelope = JSON.parse(codec.encode(workspaceText)) as Record<string, string>;
    fc.assert(
      fc.property(
        fc.constantFrom('iv', 'tag', 'data'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (field, at, flip) => {
          const bytes = Buffer.from(envelope[field]!, 'base64');
          const index = at % bytes.length;
          bytes[index] = bytes[index]! ^ flip;
          const changed = JSON.stringify({ ...envelope, [field]: bytes.toString('base64') });
          return lockReason(() => codec.decode(changed)) === 'damaged';
        },
      ),
    );
  });

  it('calls a file cut off anywhere after its marker damaged', () => {
    const codec = aesGcmCodec(randomBytes(32));
    const written = codec.encode(workspaceText);
    fc.assert(
      fc.property(fc.integer({ min: 40, max: written.length - 1 }), (length) => {
        const cut = written.slice(0, length);
        return !looksEncrypted(cut) || lockReason(() => codec.decode(cut)) === 'damaged';
      }),
    );
  });

  it('tells a file written with another key apart from a damaged one, and plain storage from both', () => {
    const written = aesGcmCodec(randomBytes(32)).encode(workspaceText);
    expect(lockReason(() => aesGcmCodec(randomBytes(32)).decode(written))).toBe('other-key');
    expect(lockReason(() => plainCodec.decode(written))).toBe('no-key');
    expect(new LockedFileError('other-key').message).toMatch(/different key/);
  });

  it('authenticates the key id, so a swapped header does not open the file', () => {
    const key = randomBytes(32);
    const mine = aesGcmCodec(key);
    const theirs = JSON.parse(aesGcmCodec(randomBytes(32)).encode(workspaceText)) as Record<string, string>;
    const ownId = (JSON.parse(mine.encode('')) as Record<string, string>).keyId;
    expect(lockReason(() => mine.decode(JSON.stringify({ ...theirs, keyId: ownId })))).toBe('damaged');
  });

  it('calls an envelope with an unknown version or algorithm a newer format, not damage', () => {
    const codec = aesGcmCodec(randomBytes(32));
    const envelope = JSON.parse(codec.encode(workspaceText)) as Record<string, unknown>;
    expect(lockReason(() => codec.decode(JSON.stringify({ ...envelope, version: 2 })))).toBe('newer-format');
    expect(lockReason(() => codec.decode(JSON.stringify({ ...envelope, algorithm: 'aes-256-siv' })))).toBe(
      'newer-format',
    );
  });

  it('lets the erasure still search a damaged or cut-off file under its own key, and nothing under another', () => {
    const codec = aesGcmCodec(randomBytes(32));
    const written = codec.encode(workspaceText);
    const envelope = JSON.parse(written) as Record<string, string>;
    expect(codec.decodeForSearch(JSON.stringify({ ...envelope, tag: Buffer.alloc(16).toString('base64') }))).toBe(
      workspaceText,
    );
    expect(codec.decodeForSearch(written.slice(0, written.length - 20))).toContain('Anouk de Vries');
    expect(aesGcmCodec(randomBytes(32)).decodeForSearch(written)).toBeNull();
    expect(plainCodec.decodeForSearch(written)).toBeNull();
    expect(plainCodec.decodeForSearch(workspaceText)).toBe(workspaceText);
  });

  it('still reads plain files, so copies from before encryption stay usable', () => {
    expect(aesGcmCodec(randomBytes(32)).decode(workspaceText)).toBe(workspaceText);
    expect(plainCodec.decode(workspaceText)).toBe(workspaceText);
  });

  it('accepts only a 256-bit key', () => {
    expect(() => aesGcmCodec(randomBytes(16))).toThrow(/32 bytes/);
  });
});
