// Screenshots of the spreadsheet import dialog in both languages: the limits, a preview with
// problem rows, a hostile workbook refused, reading in progress and a zip bomb refused.
// `tsx scripts/import-screenshots.ts [outDir]`. Needs a built renderer (npm run build).
import { csvIn, sparseWorkbook, zipBomb } from '../tests/unit/fixtures/hostile-files.ts';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
const preview = csvIn(
  `Naam;E-mail;Ma;Di\r\nIris Import;iris@example.nl;8;8\r\n${'Lang'.repeat(50)};;8;8\r\nKees Kapot;;7,3;8\r\nJosé Müller;geen-mail;8;8\r\n`,
  'windows-1252',
  false,
);
const bomb = await zipBomb(400, true);

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  await page.getByTestId('nav-team').click();
  await page.getByTestId('import-people').click();
  const dialog = page.getByTestId('import-dialog');
  const file = dialog.getByTestId('import-file');
  await shot('import-empty');
  await file.setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: preview });
  await dialog.getByTestId('import-preview').waitFor();
  await shot('import-preview');
  await file.setInputFiles({ name: 'sparse.xlsx', mimeType: 'application/octet-stream', buffer: sparseWorkbook() });
  await dialog.getByTestId('import-error').waitFor();
  await shot('import-refused');
  // The host refuses the bomb within a second or two; holding the upload back keeps the reading state on screen for its shot.
  await page.route('**/api/upload/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await file.setInputFiles({ name: 'bomb.xlsx', mimeType: 'application/octet-stream', buffer: bomb });
  await dialog.getByTestId('import-reading').waitFor();
  await shot('import-reading');
  await page.unrouteAll({ behavior: 'wait' });
  await dialog.getByTestId('import-error').waitFor();
  await shot('import-bomb-refused');
});
