import type { MailDraft } from './draft.ts';

/**
 * Beyond about 2000 characters some mail programs (Outlook among them) and the Windows URL handler
 * cut a `mailto:` link short, silently losing the end of the body; such a draft goes out as an .eml.
 */
export const MAILTO_LIMIT = 2000;

/** An address as written in a link: encoded like any other part, but the `@` kept readable. */
const encodeAddress = (address: string) => encodeURIComponent(address).replace(/%40/g, '@');
/** RFC 6068: line breaks in a body are written as CRLF. */
const encodeText = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function buildMailto(to: string, subject: string, body: string): string {
  return `mailto:${encodeAddress(to)}?subject=${encodeText(subject)}&body=${encodeText(body)}`;
}

/** The link for this draft, or null when it is too long for a link and needs the .eml instead. */
export function mailtoFor(draft: Pick<MailDraft, 'to' | 'subject' | 'body'>): string | null {
  const url = buildMailto(draft.to, draft.subject, draft.body);
  return url.length <= MAILTO_LIMIT ? url : null;
}
