import fs from 'node:fs';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import { contentType, resolveStaticPath } from '../web/static-files.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'secretariaat';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The answer for one app:// request; the same resolver as the web host keeps every path inside the app folder. */
export function rendererResponse(rendererDir: string, request: Pick<Request, 'url' | 'method'>): Response {
  const url = new URL(request.url);
  const file = request.method === 'GET' && url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(fs.readFileSync(file), {
    headers: {
      'content-type': contentType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    },
  });
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request));
}
