/**
 * `npm run dev` (electron-vite dev) serves the renderer from source with hot reload and names its
 * address in ELECTRON_RENDERER_URL. Only an unpackaged app reads it, and only a loopback http
 * address is taken: the IPC bridge trusts the page at this origin as it trusts app://.
 */
export function devRendererUrl(isPackaged: boolean, env: Record<string, string | undefined>): URL | null {
  const given = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !given || !URL.canParse(given)) return null;
  const url = new URL(given);
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return url.protocol === 'http:' && loopback ? url : null;
}
