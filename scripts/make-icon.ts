/**
 * Renders build/icon.svg to build/icon.png (512×512, transparent corners) with the Chromium the
 * end-to-end tests use. electron-builder derives the Windows .ico and macOS .icns from the PNG.
 * Usage: tsx scripts/make-icon.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';

const dir = path.resolve(import.meta.dirname, '../build');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch(chromiumLaunch);
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(dir, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log(`wrote ${path.join(dir, 'icon.png')}`);
