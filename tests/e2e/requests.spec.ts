import { CapacityPage, readHours } from './support/capacity-page.ts';
import { expect, test } from './support/fixtures.ts';
import { RequestsPage, storedRequests, type Intake } from './support/requests-page.ts';

// 7–11 December 2026: three weeks after the fixed "today" (2026-11-23, week 48), no public holidays.
const WEEK = '2026-W50';

const intake: Intake = {
  requester: 'Marieke Jansen',
  department: 'Beleid',
  title: 'Notulen klankbordgroep energietransitie',
  goal: 'Afspraken en actiepunten vastleggen voor de leden.',
  deliverable: 'Conceptnotulen met actielijst',
  windowFrom: '07-12-2026',
  deadline: '11-12-2026',
  estimate: '8',
  doneWhen: 'Concept binnen twee werkdagen bij de voorzitter',
};

test('intake with an error, assignment to the top suggestion, decline, deferral and undo', async ({
  app,
  page,
  host,
  request,
}) => {
  const capacity = new CapacityPage(page);
  await app.goTo('capacity');
  await expect(capacity.rows.first()).toBeVisible();
  const spareBefore = new Map<string, number>();
  for (const id of await capacity.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person-id') ?? ''))) {
    spareBefore.set(id, readHours(await (await capacity.cell(id, WEEK)).innerText()));
  }

  await app.goTo('requests');
  const requests = new RequestsPage(page);
  await expect(requests.rows.first()).toBeVisible();
  const countBefore = (await storedRequests(request, host)).length;

  // One field wrong: "done when" left empty. The error shows, and nothing is saved.
  await requests.openNewForm();
  await requests.fill({ ...intake, doneWhen: '' });
  await requests.save();
  await expect(requests.errorOf('request-done-when')).toHaveText('Verplicht veld');
  await expect(requests.form).toBeVisible();
  expect(await storedRequests(request, host)).toHaveLength(countBefore);

  await requests.field('request-done-when').fill(intake.doneWhen);
  await requests.save();
  await expect(requests.form).toHaveCount(0);
  const stored = await storedRequests(request, host);
  expect(stored).toHaveLength(countBefore + 1);
  const created = stored.find((r) => r.title === intake.title);
  expect(created?.status).toBe('new');
  await expect(requests.row(created!.id)).toBeVisible();

  // Saving opens the new request; assign it to the top suggestion, all 8 hours in week 50.
  await expect(requests.drawer.getByTestId('request-drawer-title')).toHaveText(intake.title);
  await requests.action('assign');
  const personId = await requests.pickTopCandidate();
  await expect(requests.splitLines).toHaveCount(1);
  await expect(requests.splitLines.first()).toHaveAttribute('data-week', WEEK);
  const preview = requests.previewLine(personId, WEEK);
  await expect(preview).toBeVisible();
  expect(
    Number(await preview.getAttribute('data-before')) - Number(await preview.getAttribute('data-after')),
  ).toBeCloseTo(8, 5);
  await requests.confirmAssign();
  await expect(requests.drawerStatus).toHaveAttribute('data-status', 'assigned');
  await requests.closeDrawer();

  await app.goTo('capacity');
  await expect
    .poll(async () => readHours(await (await capacity.cell(personId, WEEK)).innerText()))
    .toBeCloseTo((spareBefore.get(personId) ?? 0) - 8, 5);

  // Decline another request, with a reason.
  await app.goTo('requests');
  const toDecline =
    (await requests.rowsWithStatus(['new', 'assigned'], [created!.id]).first().getAttribute('data-request-id')) ?? '';
  await requests.open(toDecline);
  await requests.decline('Hoort bij de afdeling zelf');
  await expect(requests.drawerStatus).toHaveAttribute('data-status', 'declined');
  await expect(requests.drawer.getByTestId('request-drawer-reason')).toHaveText('Hoort bij de afdeling zelf');
  await requests.closeDrawer();

  // Defer a third to next week, with a reason.
  const third = requests.rowsWithStatus(['new', 'assigned'], [created!.id, toDecline]).first();
  const toDefer = (await third.getAttribute('data-request-id')) ?? '';
  const statusBefore = (await third.getAttribute('data-status')) ?? '';
  await requests.open(toDefer);
  await requests.defer('Geen capaciteit deze week');
  await expect(requests.drawerStatus).toHaveAttribute('data-status', 'deferred');
  await expect(requests.drawer.getByTestId('request-drawer-deferred')).toHaveText('Uitgesteld naar week 49');

  // Undo once (Ctrl+Z): the deferral is taken back, the decline stays.
  await page.keyboard.press('Control+z');
  await expect(requests.drawerStatus).toHaveAttribute('data-status', statusBefore);
  const after = await storedRequests(request, host);
  expect(after.find((r) => r.id === toDefer)).toMatchObject({ status: statusBefore, deferredTo: null });
  expect(after.find((r) => r.id === toDecline)).toMatchObject({
    status: 'declined',
    reason: 'Hoort bij de afdeling zelf',
  });
});
