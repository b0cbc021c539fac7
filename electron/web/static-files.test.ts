import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../services/testing/temp-services.ts';
import { resolveStaticPath } from './static-files.ts';

let outside: string;
let root: string;

beforeAll(() => {
  outside = tempDir();
  root = path.join(outside, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(outside, 'secret.json'), '{"token":"x"}');
  fs.mkdirSync(path.join(outside, 'renderer-evil'));
  fs.writeFileSync(path.join(outside, 'renderer-evil', 'index.html'), 'evil');
  fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'assets', 'linked.json'));
});
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

function isInsideRoot(file: string): boolean {
  const real = fs.realpathSync(file);
  return real.startsWith(fs.realpathSync(root) + path.sep) && fs.statSync(real).isFile();
}

describe('serving the app folder', () => {
  it('maps / and plain paths to files inside the folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    '/../secret.json',
    '/%2e%2e/secret.json',
    '/%2E%2E%2Fsecret.json',
    '/..%2fsecret.json',
    '/..%5csecret.json',
    '/assets/../../secret.json',
    '/%00index.html',
    '/index.html%00',
    '/%E0%A4%A',
    '/assets',
    '/missing.js',
    '/assets/linked.json',
    '/../renderer-evil/index.html',
    `/${'../'.repeat(20)}etc/passwd`,
    '//etc/passwd',
  ])('refuses %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });

  it('refuses an absolute path to a file outside', () => {
    expect(resolveStaticPath(root, path.join(outside, 'secret.json'))).toBeNull();
    expect(resolveStaticPath(root, encodeURIComponent(path.join(outside, 'secret.json')))).toBeNull();
  });

  it('never answers with a file outside the folder, whatever the path', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '..',
        '%2e%2e',
        '%2E%2e',
        '.%2e',
        '.',
        '%2f',
        '%2F',
        '%5c',
        '\\',
        '/',
        '//',
        '%00',
        '\0',
        '%',
        '%252e%252e',
        'index.html',
        'assets',
        'app.js',
        'secret.json',
        'linked.json',
        'renderer',
        'renderer-evil',
        outside,
      ),
      fc.string({ maxLength: 6 }),
    );
    const urlPath = fc
      .tuple(fc.array(piece, { maxLength: 12 }), fc.constantFrom('/', ''))
      .map(([parts, separator]) => `/${parts.join(separator)}`);
    fc.assert(
      fc.property(fc.oneof(urlPath, fc.string({ unit: 'binary' })), (candidate) => {
        const file = resolveStaticPath(root, candidate);
        if (file !== null) expect(isInsideRoot(file), `${candidate} -> ${file}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('serves every file of the folder and nothing else, on paths built from its own names', () => {
    const inside = fc.array(fc.constantFrom('..', '%2e%2e', 'assets', 'index.html', 'app.js', 'linked.json', '.'), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(inside, (parts) => {
        const file = resolveStaticPath(root, `/${parts.join('/')}`);
        if (file !== null) expect([path.join(root, 'index.html'), path.join(root, 'assets', 'app.js')]).toContain(file);
      }),
      { numRuns: 2000 },
    );
  });
});
