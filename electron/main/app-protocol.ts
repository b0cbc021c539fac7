import fs from 'node:fs';
import { protocol, type Privileges } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import { contentType, resolveStaticPath } from '../web/static-files.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'secretariaat';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * `codeCache` lets Chromium keep V8's compiled code for app:// scripts, as it does for https: the
 * second start skips most of the parsing and compiling. It only works on a `standard` scheme.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} satisfies Privileges;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
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
