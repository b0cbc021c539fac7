// What the change journal shows, in both languages at every size we check by eye: Undo's tooltip,
// the history drawer after a few changes, and the backups with what each holds:
// `tsx scripts/journal-screenshots.ts [outDir]`. Needs a built renderer (npm run build).
import { TeamPage } from '../tests/e2e/support/team-page.ts';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
let added = 0;

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  await page.getByTestId('nav-team').click();
  const team = new TeamPage(page);
  await team.openAddForm();
  await team.fillPerson({ name: `Nieuwe Collega ${(added += 1)}`, email: '' });
  await team.save();
  await page.getByTestId('undo').hover();
  await page.waitForTimeout(500);
  await shot('undo-tooltip');
  await page.getByTestId('history-open').click();
  await page.getByTestId('history-entry').first().waitFor();
  await page.waitForTimeout(400);
  await shot('history');
  await page.keyboard.press('Escape');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-now').click();
  await page.getByTestId('backups-table').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shot('backups');
});
