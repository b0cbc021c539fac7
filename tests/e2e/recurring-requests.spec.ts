import { seriousViolations } from './support/accessibility.ts';
import { expect, test } from './support/fixtures.ts';
import { RequestsPage, storedRequests, type Intake } from './support/requests-page.ts';

type Occurrence = {
  id: string;
  title: string;
  deadline: string;
  windowFrom: string | null;
  estimatedHours: number;
  doneWhen: string;
  seriesId?: string;
  occurrenceDate?: string;
};

const TITLE = 'Notulen ledenraad';
const intake: Intake = {
  requester: 'Directie',
  department: 'Bestuur',
  title: TITLE,
  goal: 'Besluiten van de ledenraad vastleggen.',
  deliverable: 'Conceptnotulen',
  windowFrom: '24-11-2026',
  deadline: '27-11-2026',
  estimate: '4',
  doneWhen: 'Concept bij de voorzitter',
};

test('a monthly series plans its occurrences on working days across the year end, and changes from the second one on (NL and EN)', async ({
  app,
  page,
  host,
  request,
}) => {
  // Two forms, three saves and axe twice: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const occurrences = async () =>
    ((await storedRequests(request, host)) as unknown as Occurrence[])
      .filter((r) => r.seriesId !== undefined)
      .sort((a, b) => a.deadline.localeCompare(b.deadline));
  await app.goTo('requests');
  const requests = new RequestsPage(page);
  await requests.openNewForm();
  await requests.fill(intake);

  // Monthly, chosen with the keyboard: the day follows the deadline, the preview moves Sunday 27 December on.
  const kind = requests.field('request-repeat-kind');
  await kind.getByRole('radio', { name: 'Niet' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(kind.getByRole('radio', { name: 'Per maand' })).toBeChecked();
  await expect(requests.field('request-repeat-day')).toHaveValue('27');
  await expect(requests.field('request-repeat-date')).toHaveText([
    '27-11-2026',
    '28-12-2026 (valt op 27-12-2026: weekend of feestdag → volgende werkdag)',
    '27-01-2027',
  ]);
  expect(await seriousViolations(page, '[data-testid="request-form"]')).toEqual([]);

  await requests.save();
  await expect(requests.form).toHaveCount(0);
  const planned = await occurrences();
  expect(planned.map((r) => [r.title, r.deadline, r.windowFrom, r.estimatedHours])).toEqual([
    [TITLE, '2026-11-27', '2026-11-24', 4],
    [TITLE, '2026-12-28', '2026-12-25', 4],
    [TITLE, '2027-01-27', '2027-01-24', 4],
  ]);

  // In the queue, each with its own deadline and the repeat mark.
  await requests.closeDrawer();
  await page.getByTestId('requests-search').fill(TITLE);
  for (const [occurrence, shown] of planned.map(
    (r, i) => [r, ['27-11-2026', '28-12-2026', '27-01-2027'][i]] as const,
  )) {
    await expect(requests.row(occurrence.id)).toContainText(shown!);
    await expect(requests.row(occurrence.id).getByRole('img', { name: 'Herhalende aanvraag' })).toBeVisible();
  }

  // From the second occurrence on: more hours, a stricter "done when". The first keeps its values.
  await requests.open(planned[1]!.id);
  await expect(requests.drawer.getByTestId('request-series-rule')).toHaveText('Elke maand op de 27e');
  await requests.action('change-rest');
  await expect(requests.field('request-series-scope').getByRole('radio', { name: 'Deze en volgende' })).toBeChecked();
  await requests.field('request-estimate').fill('6');
  await requests.field('request-done-when').fill('Vastgesteld door de voorzitter');
  await requests.save();
  await expect(requests.form).toHaveCount(0);
  expect((await occurrences()).map((r) => [r.deadline, r.estimatedHours, r.doneWhen])).toEqual([
    ['2026-11-27', 4, 'Concept bij de voorzitter'],
    ['2026-12-28', 6, 'Vastgesteld door de voorzitter'],
    ['2027-01-27', 6, 'Vastgesteld door de voorzitter'],
  ]);

  // English: the same series, in words, and the repeat section in a new form.
  await requests.closeDrawer();
  await app.switchLanguage('EN');
  await expect(requests.row(planned[0]!.id).getByRole('img', { name: 'Recurring request' })).toBeVisible();
  await requests.open(planned[0]!.id);
  await expect(requests.drawer.getByTestId('request-series-rule')).toHaveText('Every month on day 27');
  await expect(requests.drawer.getByTestId('request-action-change-rest')).toHaveText('Change this and following');
  await requests.closeDrawer();
  await requests.openNewForm();
  await requests.field('request-repeat-kind').getByText('Weekly', { exact: true }).click();
  await expect(requests.form.getByTestId('request-repeat')).toContainText('Every how many weeks');
  expect(await seriousViolations(page, '[data-testid="request-form"]')).toEqual([]);
});
