/**
 * The address of a team server the desktop app may open: HTTPS anywhere, or plain HTTP on this
 * computer only (a server without TLS listens on loopback and nowhere else). No credentials in
 * the address, no path tricks: the answer is the origin with a slash, or null.
 */
export function teamServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return `${url.origin}/`;
  return null;
}
