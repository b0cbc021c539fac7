import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import type { Envelope, ErrorDetail } from '../../shared/contract/errors.ts';
import { isUploadOperation, uploadQuerySchema, type UploadOperation } from '../../shared/contract/upload.ts';
import { MAX_WORKSPACE_CHARS } from '../../shared/contract/data-care-ops.ts';
import { IMPORT_LIMITS, IMPORT_LIMIT_MB } from '../../shared/import/limits.ts';
import type { AppServices } from '../services/app-services.ts';
import { checkOrigin, checkToken, readBody } from './request-guard.ts';
import { contentType, resolveStaticPath } from './static-files.ts';

export type WebHostOptions = {
  services: AppServices;
  staticDir: string;
  token: string;
  port?: number;
  maxBodyBytes?: number;
};

export type WebHost = { port: number; url: string; close: () => Promise<void> };

const statusFor: Record<string, number> = {
  invalid_input: 400,
  not_found: 404,
  unknown_operation: 404,
  conflict: 409,
  storage: 500,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: Envelope): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A refused request may still be sending a body we will not read: close the connection after answering. */
function refuse(res: ServerResponse, status: number, message: string, detail: ErrorDetail | null = null): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, { ok: false, error: { code: 'invalid_input', message, field: null, ...detail } });
}

/**
 * A whole-workspace import is the one JSON call that carries a large file: it may be as large as
 * the contract allows (the desktop app's IPC has no limit of its own), with room for JSON escaping.
 */
const WORKSPACE_BODY_BYTES = MAX_WORKSPACE_CHARS * 2;

/** The same handlers as the desktop app, over HTTP on loopback only, for `npm run web` and end-to-end tests. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const token = checkToken(req, options.token);
    if (!token.ok) return refuse(res, token.status, token.reason);
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
    answer(res, await options.services.call(name, input));
  }

  /** An import file as the raw body, read up to the one import size limit the desktop app also applies. */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, name: UploadOperation, search: URLSearchParams): Promise<void> {
    const token = checkToken(req, options.token);
    if (!token.ok) return refuse(res, token.status, token.reason);
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST');
    const query = uploadQuerySchema.safeParse(Object.fromEntries(search));
    if (!query.success) return refuse(res, 400, 'Upload needs kind and fileName');
    const body = await readBody(req, IMPORT_LIMITS.fileBytes);
    if (!body.ok) {
      return refuse(res, 413, `base64: the file is larger than ${IMPORT_LIMIT_MB} MB`, { reason: 'file_too_large', params: { limitMb: IMPORT_LIMIT_MB } });
    }
    answer(res, await options.services.call(name, { ...query.data, base64: body.bytes.toString('base64') }));
  }

  function answer(res: ServerResponse, envelope: Envelope): void {
    sendJson(res, envelope.ok ? 200 : (statusFor[envelope.error.code] ?? 500), envelope);
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

  const server = http.createServer((req, res) => {
    const verdict = checkOrigin(req, port);
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
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
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
