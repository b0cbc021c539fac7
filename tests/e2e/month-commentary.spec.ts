import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { ReportPage } from './support/report-page.ts';

const firstPage = (file: string) =>
  execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });

test('the lead writes commentary for October in the app and it is printed on page 1 of the report (NL)', async ({
  app,
  page,
  host,
}) => {
  // The app is opened twice (Value page, then the report with its PDF): more than a minute on a busy machine.
  test.slow();
  await app.goTo('value');
  const panel = page.getByTestId('monthly-overview-panel');
  await expect(panel.getByTestId('overview-month')).toHaveValue('oktober 2026');
  const words = 'De omzet daalde door de herfstvakantie; de SharePoint-trainingen leverden extra waarde op.';
  await panel.getByTestId('month-commentary').fill(words);
  await panel.getByTestId('month-commentary-save').click();
  await expect(page.getByText('Toelichting bij oktober 2026 opgeslagen')).toBeVisible();
  await expect(panel.getByTestId('month-commentary-save')).toBeDisabled();

  const report = new ReportPage(page);
  await report.open(host, '#/report/2026-10');
  await expect(page.getByTestId('report-commentary')).toContainText(words);
  const text = firstPage(await report.pdf(path.join(os.tmpdir(), 'honest-commentary-nl.pdf')));
  expect(text).toContain('Toelichting');
  expect(text.replace(/\s+/g, ' ')).toContain(words);
});

test('commentary belongs to its month and is printed in English (EN)', async ({ app, page, host }) => {
  test.slow();
  await app.switchLanguage('EN');
  await app.goTo('value');
  const panel = page.getByTestId('monthly-overview-panel');
  await panel.getByTestId('month-commentary').fill('Two placements started; utilisation up.');
  await panel.getByTestId('month-commentary-save').click();
  await expect(page.getByText('Commentary on October 2026 saved')).toBeVisible();

  // Another month has its own (empty) commentary.
  await panel.getByTestId('overview-month').click();
  await page.getByRole('option', { name: 'September 2026' }).click();
  await expect(panel.getByTestId('month-commentary')).toHaveValue('');

  const report = new ReportPage(page);
  await report.open(host, '#/report/2026-10');
  const text = firstPage(await report.pdf(path.join(os.tmpdir(), 'honest-commentary-en.pdf')));
  expect(text).toContain('Commentary');
  expect(text).toContain('Two placements started; utilisation up.');
});
