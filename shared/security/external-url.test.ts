import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, safeExternalUrl } from './external-url.ts';

const CYRILLIC_A = '\u0430';

const webUrl = fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true });
/** Real-looking links, the same with a character slipped in, and plain noise. */
const anyText = fc.oneof(
  webUrl,
  fc
    .tuple(webUrl, fc.nat(), fc.constantFrom('@', '\\', '\0', ' ', ':', '%', CYRILLIC_A, '..', '['))
    .map(([url, at, insert]) => url.slice(0, at % (url.length + 1)) + insert + url.slice(at % (url.length + 1))),
  fc.string({ unit: 'binary' }),
  fc.string().map((s) => `https://${s}`),
);

describe('which links may open in the system browser', () => {
  it.each([
    ['https://www.rijksoverheid.nl/onderwerpen', 'https://www.rijksoverheid.nl/onderwerpen'],
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://Example.COM:443/a?b=c#d', 'https://example.com/a?b=c#d'],
  ])('accepts plain https to a public domain (%s)', (input, href) => {
    expect(safeExternalUrl(input)).toBe(href);
  });

  it.each([
    `https://ex${CYRILLIC_A}mple.com/`,
    'https://xn--exmple-4nf.com/',
    'https://user@example.com/',
    'https://user:secret@example.com/',
    'https://example.com@evil.example/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'http://example.com/',
    'ftp://example.com/',
    'data:text/html,<script>alert(1)</script>',
    'https://example.com:8443/',
    'https://127.0.0.1/',
    'https://2130706433/',
    'https://0x7f.1/',
    'https://[::1]/',
    'https://localhost/',
    'https://app.localhost/',
    'https://printer.local/',
    'https://example.com./',
    'https:\\\\example.com',
    ' https://example.com/',
    'https://exa\nmple.com/',
    'https://example.com/\u00e9',
    'https://example/',
    '//example.com/',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %j', (input) => {
    expect(safeExternalUrl(input)).toBeNull();
  });

  it('accepts nothing but https to a plain ASCII domain, for any text at all', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const href = safeExternalUrl(input);
        if (href === null) return;
        const url = new URL(href);
        expect(url.protocol).toBe('https:');
        expect(url.username + url.password + url.port).toBe('');
        expect(url.hostname).toMatch(/^([a-z0-9-]+\.)+[a-z]{2,}$/);
        expect(url.hostname).not.toMatch(/(^|\.)xn--/);
        expect(safeExternalUrl(href)).toBe(href);
      }),
      { numRuns: 2000 },
    );
  });

  it('judges a link by each of its parts: scheme, credentials, host and port', () => {
    const scheme = fc.constantFrom('https', 'HTTPS', 'http', 'javascript', 'file', 'ftp', 'wss', 'data', 'blob:https');
    const userinfo = fc.constantFrom('', 'user@', 'user:pw@', 'example.com@', '@');
    const goodHost = fc.constantFrom('example.com', 'www.overheid.nl', 'sub.domain.co.uk', 'a-b.example.org');
    const badHost = fc.constantFrom(
      `ex${CYRILLIC_A}mple.com`,
      'localhost',
      'sub.localhost',
      '127.0.0.1',
      '10.0.0.1',
      '[::1]',
      '0x7f.1',
      '2130706433',
      'example',
      'example.com.',
      'xn--80ak6aa92e.com',
      'printer.local',
      'exam_ple.com',
      '-bad.example.com',
      'example.123',
    );
    const port = fc.constantFrom('', ':443', ':80', ':8080', ':0', ':65535');
    const path = fc.constantFrom('', '/', '/a/b', '/%2e%2e/etc', '/?q=1', '#x');
    fc.assert(
      fc.property(scheme, userinfo, fc.oneof(goodHost, badHost), port, path, (s, u, h, p, rest) => {
        const input = `${s}://${u}${h}${p}${rest}`;
        const expected =
          s.toLowerCase() === 'https' &&
          u === '' &&
          ['', ':443'].includes(p) &&
          !h.includes(CYRILLIC_A) &&
          ['example.com', 'www.overheid.nl', 'sub.domain.co.uk', 'a-b.example.org'].includes(h);
        expect(isSafeExternalUrl(input), input).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts a javascript:, file: or http: link, whatever follows the scheme', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('javascript:', 'file:', 'http:', 'vbscript:', 'data:'),
        fc.string(),
        (prefix, rest) => {
          expect(isSafeExternalUrl(prefix + rest)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
