import { envelopeSchema } from '../../../shared/contract/errors.ts';

export type SignInResult = { ok: true } | { ok: false; code: string; message: string; seconds: number };

/** The team server's own routes, beside the operations: they set and clear the session cookie. */
export async function signIn(name: string, password: string): Promise<SignInResult> {
  try {
    const response = await fetch('api/session/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    const envelope = envelopeSchema.parse(await response.json());
    if (envelope.ok) return { ok: true };
    return {
      ok: false,
      code: envelope.error.code,
      message: envelope.error.message,
      seconds: Number(envelope.error.params?.seconds ?? 0),
    };
  } catch (error) {
    return { ok: false, code: 'internal', message: (error as Error).message, seconds: 0 };
  }
}

export async function signOut(): Promise<void> {
  await fetch('api/session/logout', { method: 'POST' }).catch(() => undefined);
  window.location.reload();
}

/**
 * A team server pushes each new revision as it is committed; the window then asks for the
 * changes since its own. Returns the function that stops listening.
 */
export function listenForRevisions(onRevision: () => void): () => void {
  const source = new EventSource('api/events');
  source.addEventListener('revision', onRevision);
  return () => source.close();
}
