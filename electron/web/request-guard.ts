import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-secretariaat-token';

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

/**
 * A page on another site, or a DNS-rebinding name that resolves to 127.0.0.1, must not reach the
 * data: the Host must be our loopback address and any Origin must be our own.
 */
export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(req.headers.host ?? '')) return { ok: false, status: 421, reason: 'Foreign Host header' };
  const origin = req.headers.origin;
  if (origin !== undefined && !own.some((h) => origin === `http://${h}`)) {
    return { ok: false, status: 403, reason: 'Foreign Origin header' };
  }
  return { ok: true };
}

export function checkToken(req: IncomingMessage, token: string): GuardVerdict {
  const given = req.headers[TOKEN_HEADER];
  const expected = Buffer.from(token);
  const actual = Buffer.from(typeof given === 'string' ? given : '');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, status: 401, reason: 'Missing or wrong token' };
  }
  return { ok: true };
}

export async function readBody(req: IncomingMessage, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { ok: false };
    chunks.push(chunk as Buffer);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
