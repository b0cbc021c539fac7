import fs from 'node:fs';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function contentType(file: string): string {
  return types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(base: string, candidate: string): boolean {
  return candidate === base || candidate.startsWith(base + path.sep);
}

/**
 * Maps a URL path to a file inside `root`, or null: no `..`, encoded or not, no absolute path and
 * no symlink can lead out of the folder.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  if (!isInside(base, resolved)) return null;
  try {
    // The real path too: a link inside the folder must not point at a file outside it.
    const real = fs.realpathSync(resolved);
    return isInside(fs.realpathSync(base), real) && fs.statSync(real).isFile() ? resolved : null;
  } catch {
    return null;
  }
}
