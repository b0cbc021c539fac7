import { expect, test } from './support/fixtures.ts';
import { RequestsPage, storedRequests } from './support/requests-page.ts';

test('duplicating a request opens a new one with its expectations and asks only for new dates (NL and EN)', async ({ app, page, host, request }) => {
  const original = (await storedRequests(request, host)).find((r) => r.title === 'Reis handelsmissie Kopenhagen')!;
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

  const copies = (await storedRequests(request, host)).filter((r) => r.title === 'Reis handelsmissie Kopenhagen');
  expect(copies).toHaveLength(2);
  const copy = copies.find((r) => r.id !== original.id)!;
  expect(copy.status).toBe('new');
  await expect(page.getByTestId('request-drawer-title')).toHaveText('Reis handelsmissie Kopenhagen');

  await app.switchLanguage('EN');
  await requests.action('duplicate');
  await expect(page.getByTestId('request-dialog')).toContainText('New request like "Reis handelsmissie Kopenhagen"');
  await expect(requests.form.getByTestId('request-copy-note')).toContainText('Everything is copied except the window and the deadline');
});
