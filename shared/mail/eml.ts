import type { MailDraft } from './draft.ts';

/*
 * A draft too long for a `mailto:` link is written as an RFC 5322 message instead. `X-Unsent: 1`
 * makes Outlook open it as a new mail ready to send rather than as a received one; other mail
 * programs open it as a message the user can forward or copy from.
 */

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** RFC 2047 encoded words, split between characters so no word exceeds the 75-character limit. */
function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) && text.length <= 900) return text;
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (new TextEncoder().encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64Utf8(word)}?=`).join('\r\n ');
}

/** `Mon, 23 Nov 2026 09:00:00 +0000`, the RFC 5322 date form. */
function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

export function buildEml(draft: Pick<MailDraft, 'to' | 'subject' | 'body'>, date: Date): string {
  const body = base64Utf8(draft.body.replace(/\r?\n/g, '\r\n')).replace(/.{76}/g, '$&\r\n');
  const headers = [
    ...(draft.to ? [`To: ${draft.to}`] : []),
    `Subject: ${encodeHeader(draft.subject)}`,
    `Date: ${rfc5322Date(date)}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body.replace(/\r\n$/, '')}\r\n`;
}

/** A file name from the subject that every file system accepts. */
export function emlFileName(subject: string): string {
  const stem = subject
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${stem || 'mail'}.eml`;
}
