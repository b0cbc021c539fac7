import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import type { Envelope, ErrorCode, ErrorDetail } from '../../shared/contract/errors.ts';
import { isUploadOperation, uploadQuerySchema, type UploadOperation } from '../../shared/contract/upload.ts';
import { MAX_WORKSPACE_CHARS } from '../../shared/contract/data-care-ops.ts';
import { IMPORT_LIMITS, IMPORT_LIMIT_MB } from '../../shared/import/limits.ts';
import type { AppServices } from '../services/app-services.ts';
import { LOCAL_CALL, type CallRequest } from '../services/dispatch.ts';
import { envelopeChunks } from './answer-json.ts';
import { checkOrigin, checkToken, readBody } from './request-guard.ts';
import { contentType, resolveStaticPath } from './static-files.ts';

export type Admission =
  { ok: true; request: CallRequest } | { ok: false; status: number; code: ErrorCode; reason: string };

/**
 * Who may call: on one computer the per-launch token; on a team server a signed-in account and
 * its role (electron/team/team-gate.ts).
 */
export type Gate = {
  admit(req: IncomingMessage, operation: string): Admission;
  /** What this caller may see of an answer. */
  shape(value: unknown, request: CallRequest): unknown;
  /** The gate's own routes (sign-in, live events, health); true when it answered. */
  route(req: IncomingMessage, res: ServerResponse, pathname: string): boolean;
  /** After every call that succeeded: the workspace may have changed. */
  afterCall(): void;
};

export function tokenGate(token: string): Gate {
  return {
    admit(req) {
      const verdict = checkToken(req, token);
      return verdict.ok
        ? { ok: true, request: LOCAL_CALL }
        : { ok: false, status: verdict.status, code: 'invalid_input', reason: verdict.reason };
    },
    shape: (value) => value,
    route: () => false,
    afterCall: () => undefined,
  };
}

export type WebHostOptions = {
  services: AppServices;
  staticDir: string;
  /** The per-launch token of `npm run web`; a team server gives a `gate` instead. */
  token?: string;
  gate?: Gate;
  port?: number;
  /** Loopback unless TLS is given: without it nothing may leave this computer unencrypted. */
  listenHost?: string;
  tls?: { cert: Buffer; key: Buffer };
  /** Names (host:port) the server is reached by besides loopback, e.g. behind its DNS name. */
  publicHosts?: readonly string[];
  maxBodyBytes?: number;
};

export type WebHost = { port: number; url: string; close: () => Promise<void> };

const statusFor: Record<string, number> = {
  invalid_input: 400,
  not_found: 404,
  unknown_operation: 404,
  unauthenticated: 401,
  forbidden: 403,
  conflict: 409,
  throttled: 429,
  storage: 500,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: Envelope): void {
  const chunks = envelopeChunks(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': chunks.reduce((sum, chunk) => sum + chunk.length, 0),
  });
  for (const chunk of chunks) res.write(chunk);
  res.end();
}

/** A refused request may still be sending a body we will not read: close the connection after answering. */
function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  detail: ErrorDetail | null = null,
  code: ErrorCode = 'invalid_input',
): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, { ok: false, error: { code, message, field: null, ...detail } });
}

/**
 * A whole-workspace import is the one JSON call that carries a large file: it may be as large as
 * the contract allows (the desktop app's IPC has no limit of its own), with room for JSON escaping.
 */
const WORKSPACE_BODY_BYTES = MAX_WORKSPACE_CHARS * 2;

/** The same handlers as the desktop app, over HTTP on loopback only, for `npm run web` and end-to-end tests. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const gate = options.gate ?? tokenGate(options.token ?? '');
  const listenHost = options.tls ? (options.listenHost ?? '127.0.0.1') : '127.0.0.1';
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const admission = gate.admit(req, name);
    if (!admission.ok) return refuse(res, admission.status, admission.reason, null, admission.code);
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST');
    const bodyLimit = name === 'importWorkspace' ? WORKSPACE_BODY_BYTES : limit;
    const body = await readBody(req, bodyLimit);
    if (!body.ok) return refuse(res, 413, `Request body larger than ${bodyLimit} bytes`);
    let input: unknown;
    try {
      const text = body.bytes.toString('utf8');
      input = text === '' ? {} : JSON.parse(text);
    } catch {
      return refuse(res, 400, 'Request body is not valid JSON');
    }
    answer(res, await options.services.call(name, input, admission.request), admission.request);
  }

  /** An import file as the raw body, read up to the one import size limit the desktop app also applies. */
  async function handleUpload(
    req: IncomingMessage,
    res: ServerResponse,
    name: UploadOperation,
    search: URLSearchParams,
  ): Promise<void> {
    const admission = gate.admit(req, name);
    if (!admission.ok) return refuse(res, admission.status, admission.reason, null, admission.code);
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST');
    const query = uploadQuerySchema.safeParse(Object.fromEntries(search));
    if (!query.success) return refuse(res, 400, 'Upload needs kind and fileName');
    const body = await readBody(req, IMPORT_LIMITS.fileBytes);
    if (!body.ok) {
      return refuse(res, 413, `base64: the file is larger than ${IMPORT_LIMIT_MB} MB`, {
        reason: 'file_too_large',
        params: { limitMb: IMPORT_LIMIT_MB },
      });
    }
    answer(
      res,
      await options.services.call(name, { ...query.data, base64: body.bytes.toString('base64') }, admission.request),
      admission.request,
    );
  }

  function answer(res: ServerResponse, envelope: Envelope, request: CallRequest): void {
    if (!envelope.ok) return sendJson(res, statusFor[envelope.error.code] ?? 500, envelope);
    gate.afterCall();
    sendJson(res, 200, { ok: true, value: gate.shape(envelope.value, request) });
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET');
    const file = resolveStaticPath(options.staticDir, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file).pipe(res);
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const verdict = checkOrigin(req, port, options.publicHosts ?? [], options.tls ? 'https' : 'http');
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (gate.route(req, res, pathname)) return;
    const failed = (error: unknown) => {
      console.error('[secretariaat] request failed', error);
      if (!res.headersSent) refuse(res, 500, 'Internal error');
    };
    const upload = /^\/api\/upload\/([A-Za-z]+)$/.exec(pathname)?.[1];
    if (upload !== undefined) {
      if (!isUploadOperation(upload)) return refuse(res, 404, 'No upload for this operation');
      handleUpload(req, res, upload, searchParams).catch(failed);
      return;
    }
    const api = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    if (api?.[1]) {
      handleApi(req, res, api[1]).catch(failed);
      return;
    }
    handleStatic(req, res, pathname);
  };
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, listener)
    : http.createServer(listener);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, resolve);
  });
  port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';
  return {
    port,
    url: options.token ? `${scheme}://127.0.0.1:${port}/?token=${options.token}` : `${scheme}://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
