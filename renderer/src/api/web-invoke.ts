import type { Envelope } from '../../../shared/contract/errors.ts';
import { isUploadOperation, uploadInputSchema } from '../../../shared/contract/upload.ts';
import type { Invoke } from './create-api.ts';
import { authHeaders, postOperation } from './web-call.ts';

/** An import's base64 back to bytes: the upload route takes the file itself, without the JSON and base64 overhead. */
function uploadRequest(input: unknown): { query: string; body: Uint8Array<ArrayBuffer> } {
  const { base64, ...fields } = uploadInputSchema.parse(input);
  const binary = atob(base64);
  const body = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) body[i] = binary.charCodeAt(i);
  const query = new URLSearchParams(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
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
    if (!upload) return postOperation(token, name, input, seen);
    const response = await fetch(`api/upload/${name}?${upload.query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...authHeaders(token, seen) },
      body: upload.body,
    });
    return (await response.json()) as Envelope;
  };
}
