import type { Envelope } from '../../../shared/contract/errors.ts';
import { isUploadOperation, uploadInputSchema } from '../../../shared/contract/upload.ts';
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

/** An import's base64 back to bytes: the upload route takes the file itself, without the JSON and base64 overhead. */
function uploadRequest(input: unknown): { query: string; body: Uint8Array<ArrayBuffer> } {
  const { base64, ...fields } = uploadInputSchema.parse(input);
  const binary = atob(base64);
  const body = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) body[i] = binary.charCodeAt(i);
  const query = new URLSearchParams(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return { query: query.toString(), body };
}

/**
 * `seenRevision` is the revision this window shows: a team server refuses a change to a record
 * that a colleague changed after it (see electron/services/storage/journal/collisions.ts).
 */
export function webInvoke(token: string, seenRevision: () => number | null = () => null): Invoke {
  return async (name, input) => {
    const upload = isUploadOperation(name) ? uploadRequest(input) : null;
    const seen = seenRevision();
    const response = await fetch(upload ? `api/upload/${name}?${upload.query}` : `api/${name}`, {
      method: 'POST',
      headers: {
        'content-type': upload ? 'application/octet-stream' : 'application/json',
        'x-secretariaat-token': token,
        ...(seen === null ? {} : { 'x-secretariaat-base': String(seen) }),
      },
      body: upload ? upload.body : JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope;
  };
}
