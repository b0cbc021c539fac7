import { expect, test } from './support/fixtures.ts';
import { RequestsPage, storedRequests } from './support/requests-page.ts';

test('duplicating a request opens a new one with its expectations and asks only for new dates (NL and EN)', async ({
  app,
  page,
  host,
  request,
}) => {
  const before = await storedRequests(request, host);
  // The demo repeats titles over the year: the deferred one is in the queue as it opens.
  const original = before.find((r) => r.title === 'Reis handelsmissie Kopenhagen' && r.status === 'deferred')!;
  await app.goTo('requests');
  const requests = new RequestsPage(page);
  await requests.open(original.id);
  await requests.action('duplicate');
  await expect(page.getByTestId('request-dialog')).toContainText('Nieuwe aanvraag als "Reis handelsmissie Kopenhagen"');
  await expect(requests.form.getByTestId('request-copy-note')).toBeVisible();
  await expect(requests.field('request-title')).toHaveValue('Reis handelsmissie Kopenhagen');
  await expect(requests.field('request-deadline')).toHaveValue('');
  await requests.field('request-deadline').fill('18-12-2026');
  await requests.field('request-deadline').press('Tab');
  await requests.save();
  await expect(requests.form).toHaveCount(0);

  const added = (await storedRequests(request, host)).filter((r) => !before.some((b) => b.id === r.id));
  expect(added.map((r) => [r.title, r.status])).toEqual([['Reis handelsmissie Kopenhagen', 'new']]);
  await expect(page.getByTestId('request-drawer-title')).toHaveText('Reis handelsmissie Kopenhagen');

  await page.getByTestId('request-drawer').getByRole('button', { name: 'Sluiten' }).click();
  await expect(requests.drawer).toHaveCount(0);
  await app.switchLanguage('EN');
  await requests.open(original.id);
  await requests.action('duplicate');
  await expect(page.getByTestId('request-dialog')).toContainText('New request like "Reis handelsmissie Kopenhagen"');
  await expect(requests.form.getByTestId('request-copy-note')).toContainText(
    'Everything is copied except the window and the deadline',
  );
});
