import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { isOperationName } from '../../shared/contract/index.ts';
import { mayCall, redactPatches, redactWorkspace, type Session } from '../../shared/contract/roles.ts';
import type { Snapshot, Update } from '../../shared/contract/snapshot.ts';
import type { Envelope } from '../../shared/contract/errors.ts';
import type { Gate } from '../web/server.ts';
import { readBody } from '../web/request-guard.ts';
import type { AccountStore } from './accounts.ts';
import { SESSION_HOURS } from './accounts.ts';
import type { LiveEvents } from './live-events.ts';
import type { LoginThrottle } from './login-throttle.ts';

export const SESSION_COOKIE = 'secretariaat_session';
/** The revision the caller's screen showed when they made the change (see collisions.ts). */
export const BASE_HEADER = 'x-secretariaat-base';

const loginSchema = z
  .object({ name: z.string().trim().min(1).max(100), password: z.string().min(1).max(1000) })
  .strict();

function cookieOf(req: IncomingMessage): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return '';
}

function send(
  res: ServerResponse,
  status: number,
  body: Envelope,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const failure = (
  code: 'unauthenticated' | 'forbidden' | 'throttled' | 'invalid_input',
  message: string,
  params?: Record<string, number>,
) => ({ ok: false, error: { code, message, field: null, ...(params ? { reason: code, params } : {}) } }) as const;

export type TeamGateOptions = {
  accounts: AccountStore;
  throttle: LoginThrottle;
  live: LiveEvents;
  /** Secure cookies need TLS; on loopback without it the browser would not send them back. */
  secure: boolean;
  /** What /health reports besides "ok". */
  health: () => Record<string, unknown>;
};

/**
 * Sign-in, roles and live events for a team server. Every API call is checked on the server for
 * a valid session and for the role's right to the operation; a viewer's answers leave out
 * individual leave reasons and personal details.
 */
export function teamGate(options: TeamGateOptions): Gate {
  const { accounts, throttle, live } = options;
  const cookie = (value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${options.secure ? '; Secure' : ''}`;

  async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, 16 * 1024);
    let parsed: z.infer<typeof loginSchema> | null = null;
    try {
      parsed = body.ok ? loginSchema.parse(JSON.parse(body.bytes.toString('utf8'))) : null;
    } catch {
      parsed = null;
    }
    if (!parsed) return send(res, 400, failure('invalid_input', 'Give a name and a password.'));
    const address = req.socket.remoteAddress ?? '';
    const wait = throttle.wait(parsed.name, address);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      return send(res, 429, failure('throttled', `Too many wrong passwords: try again in ${seconds} s.`, { seconds }), {
        'retry-after': String(seconds),
      });
    }
    const session = await accounts.verify(parsed.name, parsed.password);
    if (!session) {
      throttle.failed(parsed.name, address);
      console.info(JSON.stringify({ event: 'login_failed', at: new Date().toISOString() }));
      return send(res, 401, failure('unauthenticated', 'The name or the password is not right.'));
    }
    throttle.succeeded(parsed.name);
    const token = accounts.startSession(session.name);
    console.info(JSON.stringify({ event: 'login', role: session.role, at: new Date().toISOString() }));
    send(res, 200, { ok: true, value: session }, { 'set-cookie': cookie(token, SESSION_HOURS * 3600) });
  }

  function route(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (pathname === '/health' && req.method === 'GET') {
      send(res, 200, { ok: true, value: { status: 'ok', ...options.health() } });
      return true;
    }
    if (pathname === '/api/session/login' && req.method === 'POST') {
      login(req, res).catch((error: unknown) => {
        console.error('[secretariaat] sign-in failed', error);
        if (!res.headersSent) send(res, 500, failure('invalid_input', 'Sign-in failed on the server.'));
      });
      return true;
    }
    if (pathname === '/api/session/logout' && req.method === 'POST') {
      accounts.endSession(cookieOf(req));
      send(res, 200, { ok: true, value: null }, { 'set-cookie': cookie('', 0) });
      return true;
    }
    if (pathname === '/api/events' && req.method === 'GET') {
      if (!accounts.sessionFor(cookieOf(req))) send(res, 401, failure('unauthenticated', 'Sign in first.'));
      else live.open(res);
      return true;
    }
    return false;
  }

  return {
    route,
    admit(req, operation) {
      const session = accounts.sessionFor(cookieOf(req));
      if (!session) return { ok: false, status: 401, code: 'unauthenticated', reason: 'Sign in first.' };
      if (!isOperationName(operation) || !mayCall(session.role, operation)) {
        return { ok: false, status: 403, code: 'forbidden', reason: `A ${session.role} may not call ${operation}.` };
      }
      const base = Number(req.headers[BASE_HEADER]);
      return {
        ok: true,
        request: { caller: { author: session.name, base: Number.isInteger(base) && base >= 0 ? base : null }, session },
      };
    },
    shape(value, request) {
      return request.session?.role === 'viewer' ? forViewer(value) : value;
    },
    afterCall: () => live.notify(),
  };
}

/** Snapshots and updates are the answers that carry workspace records. */
function forViewer(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if ('workspace' in value)
    return { ...(value as Snapshot), workspace: redactWorkspace((value as Snapshot).workspace) };
  if ('patches' in value) return { ...(value as Update), patches: redactPatches((value as Update).patches) };
  return value;
}

export type { Session };
