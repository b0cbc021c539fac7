/** Only plain https links to a real host leave the app, opened in the system browser. */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  if (url.port !== '' && url.port !== '443') return false;
  const host = url.hostname;
  if (host === 'localhost' || /^[\d.]+$/.test(host) || host.startsWith('[')) return false;
  return /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host);
}
