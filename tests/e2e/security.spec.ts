import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

/*
 * The page-side code is passed as text: it runs in the browser, and the Node-side type check has
 * no DOM types. Collecting starts at the first byte of the page, so a violation during start-up
 * (zod probing for `new Function`, say) is seen too.
 */
type Violation = { directive: string; blocked: string };

test.beforeEach(async ({ page }) => {
  await page.addInitScript(`
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  `);
});

const violations = (page: Page) => page.evaluate<Violation[]>('window.__violations');
const pageValue = <T>(page: Page, expression: string) => page.evaluate<T>(expression);

test('the app starts under its Content-Security-Policy without a single violation', async ({ app, page }) => {
  await expect(app.demoBanner).toBeVisible();
  await app.goTo('team');
  expect(await violations(page)).toEqual([]);
});

test('an injected inline script does not run, and the policy reports it', async ({ app, page }) => {
  await expect(app.demoBanner).toBeVisible();
  await page.evaluate(`{
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
  }`);
  await expect.poll(() => violations(page)).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
  expect(await pageValue(page, 'window.__inlineRan === true')).toBe(false);
});

test('an inline event handler does not run either', async ({ app, page }) => {
  await expect(app.demoBanner).toBeVisible();
  await page.evaluate(`{
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__handlerRan = true');
    image.src = 'data:image/png;base64,broken';
    document.body.append(image);
  }`);
  await expect.poll(() => violations(page)).toContainEqual({ directive: 'script-src-attr', blocked: 'inline' });
  expect(await pageValue(page, 'window.__handlerRan === true')).toBe(false);
});

test('eval and new Function are refused in page code', async ({ app, page }) => {
  await expect(app.demoBanner).toBeVisible();
  // From a timer: code the test driver evaluates itself is exempt from the policy, a page task is not.
  await page.evaluate(`{
    const attempt = (run) => {
      try {
        run();
        return 'ran';
      } catch (error) {
        return error.name;
      }
    };
    setTimeout(() => {
      window.__evalOutcome = { eval: attempt(() => (0, window.eval)('1 + 1')), fn: attempt(() => new Function('return 1')()) };
    }, 0);
  }`);
  await expect.poll(() => pageValue(page, 'window.__evalOutcome')).toEqual({ eval: 'EvalError', fn: 'EvalError' });
  await expect.poll(() => violations(page)).toContainEqual({ directive: 'script-src', blocked: 'eval' });
});

test('a script from another origin is blocked before any request leaves the page', async ({ app, page }) => {
  await expect(app.demoBanner).toBeVisible();
  const reachedNetwork: string[] = [];
  await page.route('https://cdn.example.invalid/**', (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort();
  });
  await page.evaluate(`{
    const script = document.createElement('script');
    script.src = 'https://cdn.example.invalid/x.js';
    document.body.append(script);
  }`);
  await expect
    .poll(() => violations(page))
    .toContainEqual({ directive: 'script-src-elem', blocked: 'https://cdn.example.invalid/x.js' });
  expect(reachedNetwork).toEqual([]);
});
