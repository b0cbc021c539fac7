import type { Envelope } from '../../../shared/contract/errors.ts';

/*
 * The web host's plain JSON calls. Free of schemas and of the contract on purpose: the renderer's
 * first module (early-snapshot.ts) uses it before the rest of the bundle is evaluated.
 */

const TOKEN_KEY = 'secretariaat.token';

/**
 * The web host prints a URL with a per-launch token; it is kept for this tab only and taken out of
 * the address bar so it does not end up in bookmarks or screenshots.
 */
export function takeToken(location: Location, storage: Storage, history: History): string {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}

export function authHeaders(token: string, seenRevision: number | null): Record<string, string> {
  return {
    'x-secretariaat-token': token,
    ...(seenRevision === null ? {} : { 'x-secretariaat-base': String(seenRevision) }),
  };
}

export async function postOperation(
  token: string,
  name: string,
  input: unknown,
  seenRevision: number | null,
): Promise<Envelope> {
  const response = await fetch(`api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(token, seenRevision) },
    body: JSON.stringify(input ?? {}),
  });
  return (await response.json()) as Envelope;
}
