import { format, isValid } from 'date-fns';

/*
 * Reading a request out of a saved mail (.eml or Outlook .msg). The parsers are loaded only when a
 * file is read, so they stay out of the app's first download. Nothing here stores anything: the
 * result only fills in the new-request form, and attachments are reported by name alone.
 */

export const MAX_MAIL_BYTES = 25 * 1024 * 1024;

export type MailIntake = {
  fromName: string;
  fromAddress: string;
  subject: string;
  body: string;
  /** The local day the mail was sent or delivered, when the file says. */
  receivedOn: string | null;
  attachments: string[];
};

export type MailReadProblem = 'tooLarge' | 'unknownType' | 'damaged' | 'notMail';
export type MailReadResult = { ok: true; mail: MailIntake } | { ok: false; problem: MailReadProblem };

/** The first bytes of every OLE compound file, which is what an Outlook .msg is. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function localDay(text: string | undefined): string | null {
  if (!text) return null;
  const date = new Date(text);
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

/** Plain text from an HTML-only mail: good enough to read as a description, not a renderer. */
function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<(br|\/p|\/div|\/li|\/tr)[^>]*>/gi, '\n')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '');
  const text = withBreaks.replace(/<[^>]+>/g, '');
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const tidy = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

async function readEml(bytes: Uint8Array): Promise<MailReadResult> {
  // A mail starts with header lines; anything else (a PDF renamed to .eml, a binary) is refused
  // before the parser turns it into a "mail" that is all body.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  if (!/^[A-Za-z0-9-]+:[^\r\n]*\r?\n/.test(head) || head.includes('\u0000')) return { ok: false, problem: 'notMail' };
  const { default: PostalMime } = await import('postal-mime');
  const email = await PostalMime.parse(bytes);
  const from = email.from && !email.from.group ? email.from : undefined;
  if (!from && !email.subject) return { ok: false, problem: 'notMail' };
  return {
    ok: true,
    mail: {
      fromName: from?.name ?? '',
      fromAddress: from?.address ?? '',
      subject: email.subject ?? '',
      body: tidy(email.text ?? htmlToText(email.html ?? '')),
      receivedOn: localDay(email.date),
      attachments: email.attachments.map((a) => a.filename ?? '').filter(Boolean),
    },
  };
}

async function readMsg(bytes: Uint8Array): Promise<MailReadResult> {
  if (!CFB_SIGNATURE.every((b, i) => bytes[i] === b)) return { ok: false, problem: 'damaged' };
  const { default: MsgReader } = await import('@kenjiuno/msgreader');
  const data = new MsgReader(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  ).getFileData();
  if (data.error || data.dataType !== 'msg') return { ok: false, problem: 'damaged' };
  if (!data.subject && !data.senderName && !data.senderEmail) return { ok: false, problem: 'notMail' };
  // Exchange senders carry an X.500 path in senderEmail; the SMTP address is kept separately then.
  const address =
    [data.senderSmtpAddress, data.senderEmail, data.creatorSMTPAddress].find((a) => a?.includes('@')) ?? '';
  return {
    ok: true,
    mail: {
      fromName: data.senderName ?? '',
      fromAddress: address,
      subject: data.subject ?? '',
      body: tidy(data.body ?? htmlToText(data.bodyHtml ?? '')),
      receivedOn: localDay(data.messageDeliveryTime ?? data.clientSubmitTime),
      attachments: (data.attachments ?? []).map((a) => a.fileName ?? a.name ?? '').filter(Boolean),
    },
  };
}

/**
 * Reads a dropped or chosen file. The size is checked before the bytes are loaded, so a huge file
 * is refused without reading it; a parser that chokes on the content means a damaged file.
 */
export async function readMailFile(
  name: string,
  size: number,
  load: () => Promise<ArrayBuffer>,
): Promise<MailReadResult> {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension !== 'eml' && extension !== 'msg') return { ok: false, problem: 'unknownType' };
  if (size > MAX_MAIL_BYTES) return { ok: false, problem: 'tooLarge' };
  try {
    const bytes = new Uint8Array(await load());
    return extension === 'eml' ? await readEml(bytes) : await readMsg(bytes);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

/** "RE: FW: Vraag" → "Vraag": the prefixes mail programs add in Dutch and English. */
export function titleFromSubject(subject: string): string {
  return subject.replace(/^\s*((re|fw|fwd|aw|antw|doorst|wg)\s*(\[\d+\])?\s*:\s*)+/i, '').trim();
}
