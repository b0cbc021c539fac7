import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-secretariaat-token';

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

/**
 * A page on another site, or a DNS-rebinding name that resolves to 127.0.0.1, must not reach the
 * data: the Host must be our loopback address and any Origin must be our own.
 */
export function checkOrigin(
  req: IncomingMessage,
  port: number,
  publicHosts: readonly string[] = [],
  scheme: 'http' | 'https' = 'http',
): GuardVerdict {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`, ...publicHosts];
  if (!own.includes(req.headers.host ?? '')) return { ok: false, status: 421, reason: 'Foreign Host header' };
  const origin = req.headers.origin;
  if (origin !== undefined && !own.some((h) => origin === `${scheme}://${h}`)) {
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

/**
 * Reads at most `limit` bytes. Past the limit it stops reading without destroying the socket, so the
 * caller can still answer 413 (with `Connection: close`, so the rest is never read).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<{ ok: true; bytes: Buffer } | { ok: false }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      req.pause();
      resolve({ ok: false });
    };
    const onEnd = () => {
      stop();
      resolve({ ok: true, bytes: Buffer.concat(chunks) });
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
