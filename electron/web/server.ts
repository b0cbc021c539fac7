import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import type { Envelope } from '../../shared/contract/errors.ts';
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
function refuse(res: ServerResponse, status: number, message: string): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, { ok: false, error: { code: 'invalid_input', message, field: null } });
}

/** The same handlers as the desktop app, over HTTP on loopback only, for `npm run web` and end-to-end tests. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const token = checkToken(req, options.token);
    if (!token.ok) return refuse(res, token.status, token.reason);
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST');
    const body = await readBody(req, limit);
    if (!body.ok) return refuse(res, 413, `Request body larger than ${limit} bytes`);
    let input: unknown;
    try {
      input = body.text === '' ? {} : JSON.parse(body.text);
    } catch {
      return refuse(res, 400, 'Request body is not valid JSON');
    }
    const envelope = await options.services.call(name, input);
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
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    if (api?.[1]) {
      handleApi(req, res, api[1]).catch((error: unknown) => {
        console.error('[secretariaat] request failed', error);
        if (!res.headersSent) refuse(res, 500, 'Internal error');
      });
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
