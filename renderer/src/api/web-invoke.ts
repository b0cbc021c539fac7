import type { Envelope } from '../../../shared/contract/errors.ts';
import type { Invoke } from './create-api.ts';

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

export function webInvoke(token: string): Invoke {
  return async (name, input) => {
    const response = await fetch(`api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-secretariaat-token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope;
  };
}
