import { expect, test } from './support/fixtures.ts';
import { CapacityPage } from './support/capacity-page.ts';
import { callApi } from './support/report-page.ts';

const fullTime = { mon: 8, tue: 8, wed: 8, thu: 8, fri: 8, sat: 0, sun: 0 };
const intake = {
  requesterName: 'Mevrouw Jansen',
  department: 'Beleid',
  goal: 'Doel',
  deliverable: 'Stuk',
  estimatedHours: 80,
  doneWhen: 'Als het af is',
  deadline: '2026-12-18',
  loggedAfterTheFact: false,
};

test('the grid rounds a quarter hour the same way on both sides of zero: −7,25 reads −7,3 as 7,25 reads 7,3', async ({
  app,
  page,
  host,
  request,
}) => {
  await callApi(request, host, 'resetWorkspace', { to: 'empty' });
  await callApi(request, host, 'addPerson', {
    name: 'Roos Afronding',
    skills: [],
    contracts: [{ from: '2026-01-01', hours: fullTime }],
    activeFrom: '2026-01-01',
    activeTo: null,
  });
  await callApi(request, host, 'createRequest', { ...intake, title: 'Verhuizing archief' });
  const { workspace } = await callApi<{ workspace: { people: { id: string }[]; requests: { id: string }[] } }>(
    request,
    host,
    'getSnapshot',
    {},
  );
  const personId = workspace.people[0]!.id;
  // 40 contract hours a week (no holidays in weeks 50 and 51): 47,25 h leaves −7,25, 32,75 h leaves 7,25.
  await callApi(request, host, 'assignRequest', {
    id: workspace.requests[0]!.id,
    assignments: [
      { personId, week: '2026-W50', hours: 47.25 },
      { personId, week: '2026-W51', hours: 32.75 },
    ],
  });

  await app.goTo('capacity');
  const capacity = new CapacityPage(page);
  await expect(capacity.row(personId)).toBeVisible();
  await expect(await capacity.cell(personId, '2026-W50')).toHaveText(/^[-−]7,3$/);
  await expect(await capacity.cell(personId, '2026-W51')).toHaveText('7,3');

  await app.switchLanguage('EN');
  await expect(await capacity.cell(personId, '2026-W50')).toHaveText(/^[-−]7\.3$/);
  await expect(await capacity.cell(personId, '2026-W51')).toHaveText('7.3');
});
