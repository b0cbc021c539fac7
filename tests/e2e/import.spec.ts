import { csvIn, sparseWorkbook } from '../unit/fixtures/hostile-files.ts';
import { expect, test } from './support/fixtures.ts';
import { ImportDialog } from './support/import-dialog.ts';
import { TeamPage } from './support/team-page.ts';

const WITH_BAD_ROW =
  '\uFEFFNaam;E-mail;Vaardigheden;Ma;Di;Wo;Do;Vr\r\nIris Import;iris@example.nl;notuleren;8;8;8;4;\r\nKees Kapot;;;7,3;8;8;8;8\r\n';
const GOOD =
  'Name,Email,Skills,Mon,Tue,Wed,Thu,Fri,Start date\nIris Import,iris@example.nl,minutes,8,8,8,4,,01-12-2026\nJoost Goed,,events;agenda,"7,5",7.5,0,0,0,\n';

test('a file with a bad row shows the row and reason, and writes nothing', async ({ app, page }) => {
  await app.goTo('team');
  const team = new TeamPage(page);
  const before = await team.rows.count();
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.choose('team.csv', WITH_BAD_ROW);

  await expect(dialog.okRows).toHaveCount(1);
  await expect(dialog.problemRows).toHaveCount(1);
  await expect(dialog.problemRows.first()).toContainText('3');
  await expect(dialog.problemRows.first()).toContainText('"7,3" in "Ma"');
  await expect(dialog.confirmButton).toBeDisabled();

  await page.keyboard.press('Escape');
  await expect(dialog.root).toHaveCount(0);
  await expect(team.rows).toHaveCount(before);
  await expect(team.row('Iris Import')).toHaveCount(0);
  await page.reload();
  await app.goTo('team');
  await expect(team.rows).toHaveCount(before);
});

test('a good file is previewed, then imported at once, and the people appear on Team', async ({ app, page }) => {
  await app.goTo('team');
  const team = new TeamPage(page);
  const before = await team.rows.count();
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.choose('team.csv', GOOD);
  await expect(dialog.okRows).toHaveCount(2);
  await expect(dialog.problemRows).toHaveCount(0);
  await dialog.confirmButton.click();

  await expect(dialog.root).toHaveCount(0);
  await expect(team.rows).toHaveCount(before + 2);
  await expect(team.row('Joost Goed')).toContainText('15');
  await expect(team.row('Iris Import')).toBeVisible();
});

test('a placements file naming an unknown client shows that row as a problem and cannot be confirmed', async ({
  app,
  page,
}) => {
  await app.goTo('team');
  const person = await new TeamPage(page).rows.first().getByTestId('person-open').innerText();
  await app.goTo('placements');
  await page.getByTestId('import-placements').click();
  const dialog = new ImportDialog(page);
  await dialog.choose('p.csv', `Persoon;Klant;Van;Uren per week;Tarief\n${person};Onbekend BV;01-01-2027;8;75,00\n`);
  await expect(dialog.problemRows.first()).toContainText('Onbekend BV');
  await expect(dialog.confirmButton).toBeDisabled();
});

test('the dialog states the size limit, reads Excel’s Unicode text and words a hostile workbook’s refusal', async ({
  app,
  page,
}) => {
  await app.goTo('team');
  const dialog = new ImportDialog(page);
  await dialog.open();
  await expect(dialog.limits).toContainText('25 MB');
  await expect(dialog.limits).toContainText('10.000');

  await dialog.chooseBytes('unicode.txt', csvIn('Naam\tMa\r\nJosé Müller\t8\r\n', 'utf-16le', true));
  await expect(dialog.okRows).toHaveCount(1);
  await expect(dialog.okRows.first()).toContainText('José Müller');

  await dialog.chooseBytes('sparse.xlsx', sparseWorkbook());
  await expect(dialog.error).toContainText('Rij 1.048.576 valt buiten de 10.000 rijen');
  await expect(dialog.root.getByTestId('import-preview')).toHaveCount(0);
});

test('a name longer than the app stores is a problem row at preview, naming the column and the limit', async ({
  app,
  page,
}) => {
  await app.goTo('team');
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.choose('team.csv', `Naam;Ma\n${'Lang'.repeat(50)};8\n`);
  await expect(dialog.problemRows.first()).toContainText('"Naam" is langer dan 120 tekens');
  await expect(dialog.confirmButton).toBeDisabled();
});
