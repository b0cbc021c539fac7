import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures.ts';
import { AppPage } from './support/app-page.ts';
import { HistoryDrawer } from './support/history-drawer.ts';
import { TeamPage } from './support/team-page.ts';
import { WebHostProcess } from './support/web-host.ts';

async function addPerson(page: import('@playwright/test').Page, name: string): Promise<void> {
  const team = new TeamPage(page);
  await team.openAddForm();
  await team.fillPerson({ name, email: '' });
  await team.save();
  await expect(page.getByTestId('person-form')).toHaveCount(0);
}

async function seriousViolations(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe(() => {
  // It restarts the host: a host of its own, not the worker's shared one.
  test.use({ ownHost: true });

  test('the history names each change in words, undo and redo survive a restart, in Dutch and English', async ({
    app,
    host,
    page,
  }) => {
    // A host restart and two axe scans: past a minute on a busy 2-core machine.
    test.slow();
    const history = new HistoryDrawer(page);
    await app.goTo('team');
    await addPerson(page, 'Yara Mulder');
    await expect(history.undo).toHaveAttribute('aria-description', 'Medewerker toegevoegd: Yara Mulder');

    await history.open();
    await expect(history.lines.first()).toHaveText('Medewerker toegevoegd: Yara Mulder');
    expect(await seriousViolations(page, '[data-testid=history-drawer]')).toEqual([]);
    await history.close();

    await history.undo.click();
    await expect(page.getByTestId('person-row').filter({ hasText: 'Yara Mulder' })).toHaveCount(0);
    await expect(history.redo).toHaveAttribute('aria-description', 'Medewerker toegevoegd: Yara Mulder');

    // After a restart the journal still knows what can be redone.
    await app.open(await host.restart());
    await app.goTo('team');
    await expect(history.redo).toBeEnabled();
    await history.redo.click();
    await expect(page.getByTestId('person-row').filter({ hasText: 'Yara Mulder' })).toHaveCount(1);

    await history.open();
    await expect(history.lines.nth(0)).toHaveText('Opnieuw gedaan: Medewerker toegevoegd: Yara Mulder');
    await expect(history.lines.nth(1)).toHaveText('Ongedaan gemaakt: Medewerker toegevoegd: Yara Mulder');
    await expect(history.lines.nth(2)).toHaveText('Medewerker toegevoegd: Yara Mulder');
    await history.close();

    await app.switchLanguage('EN');
    await history.open();
    await expect(history.drawer).toContainText('History of changes');
    await expect(history.lines.nth(0)).toHaveText('Redone: Team member added: Yara Mulder');
    expect(await seriousViolations(page, '[data-testid=history-drawer]')).toEqual([]);
  });
});

test('going back to a point in the history undoes what came after, and filtering by person shows only their changes', async ({
  app,
  page,
}) => {
  const history = new HistoryDrawer(page);
  await app.goTo('team');
  await addPerson(page, 'Eerste Persoon');
  await addPerson(page, 'Tweede Persoon');
  await addPerson(page, 'Derde Persoon');
  await history.open();
  await expect(history.lines).toHaveCount(3);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('history-entry').nth(2).getByTestId('history-back-to').click();
  await expect(history.lines.first()).toHaveText('Ongedaan gemaakt: Medewerker toegevoegd: Tweede Persoon');
  await history.close();
  await expect(page.getByTestId('person-row').filter({ hasText: /Tweede Persoon|Derde Persoon/ })).toHaveCount(0);
  await expect(page.getByTestId('person-row').filter({ hasText: 'Eerste Persoon' })).toHaveCount(1);

  await history.open();
  await page.getByTestId('history-filter-person').click();
  await page.getByRole('option', { name: 'Eerste Persoon' }).click();
  await expect(history.lines).toHaveCount(1);
  await expect(history.lines.first()).toHaveText('Medewerker toegevoegd: Eerste Persoon');
});

test.describe(() => {
  // A second process on the same folder: a host of its own, not the worker's shared one.
  test.use({ ownHost: true });

  test('two hosts on one data folder see each other’s changes within two seconds', async ({
    app,
    host,
    page,
    browser,
  }) => {
    const second = new WebHostProcess(host.dataDir);
    const other = await browser.newPage();
    try {
      const otherApp = new AppPage(other);
      await otherApp.open(await second.start());
      await otherApp.goTo('team');
      await app.goTo('team');
      await addPerson(page, 'Van Host Een');
      await expect(other.getByTestId('person-row').filter({ hasText: 'Van Host Een' })).toHaveCount(1, {
        timeout: 2000,
      });
      await addPerson(other, 'Van Host Twee');
      await expect(page.getByTestId('person-row').filter({ hasText: 'Van Host Twee' })).toHaveCount(1, {
        timeout: 2000,
      });
      await expect(page.getByTestId('person-row').filter({ hasText: 'Van Host Een' })).toHaveCount(1);
    } finally {
      await other.close();
      await second.stop();
    }
  });
});
