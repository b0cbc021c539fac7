// Screenshots of every section in both languages at the two sizes we check by eye:
// `tsx scripts/screenshots.ts [outDir] [section…] [--weak-keystore]`. Needs a built renderer (npm run build).
// --weak-keystore starts the host as a desktop app on a keyring-less Linux would run (see weak-keystore-host.ts).
import { chromium } from '@playwright/test';
import path from 'node:path';
import { chromiumLaunch } from '../playwright.config.ts';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';

const weakKeystore = process.argv.includes('--weak-keystore');
const args = process.argv.slice(2).filter((a) => a !== '--weak-keystore');
const outDir = args[0] ?? 'screenshots/tmp';
const only = args.slice(1);
const sections = only.length > 0 ? only : ['capacity', 'requests', 'placements', 'value', 'team', 'settings'];
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

const host = weakKeystore ? new WebHostProcess(undefined, {}, 'tests/e2e/support/weak-keystore-host.ts') : new WebHostProcess();
const url = await host.start();
const browser = await chromium.launch(chromiumLaunch);
try {
  for (const language of ['nl', 'en'] as const) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: size, locale: language === 'nl' ? 'nl-NL' : 'en-GB' });
      await page.goto(url);
      await page.getByTestId('language-switch').getByText(language.toUpperCase(), { exact: true }).click();
      for (const section of sections) {
        await page.getByTestId(`nav-${section}`).click();
        await page.waitForTimeout(400);
        const file = path.join(outDir, `${section}-${language}-${size.width}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await host.stop();
}
