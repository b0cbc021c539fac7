/** Longer than any link a person pastes; a longer one is more likely an attack than a link. */
const MAX_LENGTH = 2048;

/** Top-level names that never lead to a public site (some resolve to this very machine). */
const LOCAL_TLDS = new Set(['localhost', 'local', 'internal', 'lan', 'home', 'arpa', 'test', 'invalid', 'onion']);

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The normalised form of a link that may leave the app for the system browser, or null.
 * Only plain https to a public ASCII domain name: no credentials, no port, no IP literal, no
 * localhost, no punycode, so a look-alike host (a Cyrillic "а" in "exаmple.com") never passes
 * for the real one. The caller opens the returned href, never the raw text, so the browser
 * receives exactly the URL that was checked.
 */
export function safeExternalUrl(candidate: string): string | null {
  // Printable ASCII only, no backslash: the OS URL handler may read those differently than we do.
  if (candidate.length > MAX_LENGTH || /[^\x21-\x7e]|\\/.test(candidate)) return null;
  // Written out in full, with no user part at all (not even an empty one before an `@`).
  const authority = /^https:\/\/([^/?#]*)/i.exec(candidate)?.[1];
  if (authority === undefined || authority.includes('@')) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  const labels = url.hostname.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label) && !label.startsWith('xn--'))) return null;
  if (!/^[a-z]{2,63}$/.test(tld) || LOCAL_TLDS.has(tld)) return null;
  return url.href;
}

export function isSafeExternalUrl(candidate: string): boolean {
  return safeExternalUrl(candidate) !== null;
}

/** The same limit the drafts keep to (shared/mail/mailto.ts). */
const MAILTO_MAX_LENGTH = 2000;

const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * The rebuilt form of a `mailto:` link the app may hand to the system mail program, or null.
 * One plain address (or none), and only a subject and a body: no cc/bcc someone could smuggle in,
 * no `attach=` or other parameters some mail programs act on. The link is rebuilt from the decoded
 * parts, so the mail program receives exactly what was checked.
 */
export function safeMailtoUrl(candidate: string): string | null {
  if (candidate.length > MAILTO_MAX_LENGTH || /[^\x21-\x7e]|\\/.test(candidate)) return null;
  const match = /^mailto:([^?#]*)(?:\?([^#]*))?$/i.exec(candidate);
  if (!match) return null;
  try {
    const address = decodeURIComponent(match[1] ?? '');
    if (address !== '' && !ADDRESS.test(address)) return null;
    const fields = new Map<string, string>();
    for (const pair of (match[2] ?? '').split('&').filter(Boolean)) {
      const [name = '', value = '', ...rest] = pair.split('=');
      const key = name.toLowerCase();
      if (rest.length > 0 || (key !== 'subject' && key !== 'body') || fields.has(key)) return null;
      fields.set(key, decodeURIComponent(value));
    }
    const url = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(fields.get('subject') ?? '')}&body=${encodeURIComponent(fields.get('body') ?? '')}`;
    return url.length <= MAILTO_MAX_LENGTH ? url : null;
  } catch {
    // A broken %-escape.
    return null;
  }
}
