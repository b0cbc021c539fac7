import { execFileSync } from 'node:child_process';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { WebHostProcess } from './web-host.ts';

/** Calls one operation of the real host over HTTP, with the launch token, and returns its value. */
export async function callApi<T>(
  request: APIRequestContext,
  host: WebHostProcess,
  name: string,
  input: unknown,
): Promise<T> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const response = await request.post(`${host.origin}/api/${name}`, {
    data: input,
    headers: { 'x-secretariaat-token': token },
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value as T;
}

/** The print page of the monthly overview, and the PDF Chromium makes of it. */
export class ReportPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** The token travels in the first URL only (then sessionStorage), so the report hash is set in the same page. */
  async open(host: WebHostProcess, hash: string): Promise<void> {
    await this.page.goto(host.url);
    await expect(this.page.getByTestId('nav-team')).toBeVisible();
    // A string expression: this file is type-checked without the DOM library.
    await this.page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
    await expect(this.page.getByTestId('report-page')).toBeVisible();
    await expect(this.page.locator('body[data-report-ready="true"]')).toHaveCount(1);
  }

  async pdf(path: string): Promise<string> {
    await this.page.pdf({ path, format: 'A4', printBackground: true });
    return path;
  }
}

/** The PDF's text as poppler reads it: an independent reader, not the page's DOM. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
