import { chromium, type Page } from '@playwright/test';
import path from 'node:path';
import { chromiumLaunch } from '../playwright.config.ts';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';

export type Shot = (name: string, fullPage?: boolean) => Promise<void>;

/** The sizes we check by eye: the window's minimum, a laptop, a desktop monitor. */
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/**
 * Starts a web host, opens the app once per language and size with that language chosen, and
 * hands each page to `visit`; `shot` saves `<name>-<language>-<width>.png` in `outDir`.
 */
export async function inEveryView(
  outDir: string,
  host: WebHostProcess,
  visit: (page: Page, shot: Shot) => Promise<void>,
): Promise<void> {
  const url = await host.start();
  const browser = await chromium.launch(chromiumLaunch);
  try {
    for (const language of ['nl', 'en'] as const) {
      for (const size of SIZES) {
        const page = await browser.newPage({ viewport: size, locale: language === 'nl' ? 'nl-NL' : 'en-GB' });
        const shot: Shot = async (name, fullPage = false) => {
          const file = path.join(outDir, `${name}-${language}-${size.width}.png`);
          await page.screenshot({ path: file, fullPage });
          console.log(file);
        };
        await page.goto(url);
        await page.getByTestId('language-switch').getByText(language.toUpperCase(), { exact: true }).click();
        await visit(page, shot);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await host.stop();
  }
}
