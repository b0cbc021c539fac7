import { describe, expect, it } from 'vitest';
import { revenueByMonth } from '../../../shared/revenue/index.ts';
import type { Workspace } from '../../../shared/schemas/index.ts';
import { servicesIn, TEST_TODAY } from '../testing/temp-services.ts';

/*
 * Through the real services on a temp folder with the 15-person demo and today 2026-11-23. The demo
 * (seed 1) has pl3 confirmed and open-ended, pl4 confirmed until 30 November, pl1 ended in April and
 * pl7 proposed from December.
 */
const workspaceOf = (services: ReturnType<typeof servicesIn>): Workspace => services.context.store.document().workspace;
const placementOf = (services: ReturnType<typeof servicesIn>, id: string) =>
  workspaceOf(services).placements.find((p) => p.id === id)!;

async function expectRefused(input: { op: string; body: unknown }, error: { code: string; field: string }) {
  const services = servicesIn();
  const before = JSON.stringify(services.context.store.document());
  expect(await services.call(input.op, input.body)).toMatchObject({ ok: false, error });
  expect(JSON.stringify(services.context.store.document())).toBe(before);
}

const newClient = {
  name: 'Stichting Nieuw',
  kind: 'tenant',
  contactName: 'Eva',
  contactEmail: 'eva@example.nl',
  defaultRateCents: 6250,
};

describe('clients', () => {
  it('adds, updates and removes a client without placements', async () => {
    const services = servicesIn();
    expect(await services.call('addClient', newClient)).toMatchObject({ ok: true });
    const added = workspaceOf(services).clients.find((c) => c.name === 'Stichting Nieuw')!;
    await services.call('updateClient', { ...added, defaultRateCents: 6400 });
    expect(workspaceOf(services).clients.find((c) => c.id === added.id)?.defaultRateCents).toBe(6400);
    expect(await services.call('removeClient', { id: added.id })).toMatchObject({ ok: true });
    expect(workspaceOf(services).clients.some((c) => c.id === added.id)).toBe(false);
  });

  it.each([
    [
      { op: 'addClient', body: { ...newClient, contactEmail: 'not-an-email' } },
      { code: 'invalid_input', field: 'contactEmail' },
    ],
    [
      { op: 'addClient', body: { ...newClient, defaultRateCents: 62.5 } },
      { code: 'invalid_input', field: 'defaultRateCents' },
    ],
    [
      { op: 'addClient', body: { ...newClient, name: 'stichting vakopleiding (huurder)' } },
      { code: 'conflict', field: 'name' },
    ],
    [
      { op: 'removeClient', body: { id: 'c1' } },
      { code: 'conflict', field: 'id' },
    ],
    [
      { op: 'removeClient', body: { id: 'nobody' } },
      { code: 'not_found', field: 'id' },
    ],
  ])('refuses a bad client change naming the field and changes nothing (%#)', async (input, error) => {
    await expectRefused(input, error);
  });
});

const newPlacement = {
  personId: 'p02',
  clientId: 'c2',
  from: '2026-12-01',
  to: null,
  hoursPerWeek: 8,
  rates: [{ from: '2026-12-01', cents: 5700 }],
  status: 'proposed',
  notes: '',
};

describe('placements', () => {
  it('adds a placement with its first rate', async () => {
    const services = servicesIn();
    expect(await services.call('addPlacement', newPlacement)).toMatchObject({ ok: true });
    expect(workspaceOf(services).placements.at(-1)).toMatchObject({ ...newPlacement, corrections: [] });
  });

  it.each([
    [
      { op: 'addPlacement', body: { ...newPlacement, personId: 'nobody' } },
      { code: 'not_found', field: 'personId' },
    ],
    [
      { op: 'addPlacement', body: { ...newPlacement, clientId: 'nobody' } },
      { code: 'not_found', field: 'clientId' },
    ],
    [
      { op: 'addPlacement', body: { ...newPlacement, to: '2026-11-01' } },
      { code: 'invalid_input', field: 'to' },
    ],
    [
      { op: 'addPlacement', body: { ...newPlacement, status: 'ended' } },
      { code: 'invalid_input', field: 'to' },
    ],
    [
      { op: 'addPlacement', body: { ...newPlacement, rates: [] } },
      { code: 'invalid_input', field: 'rates' },
    ],
    [
      { op: 'addPlacement', body: { ...newPlacement, hoursPerWeek: 7.1 } },
      { code: 'invalid_input', field: 'hoursPerWeek' },
    ],
    [
      { op: 'confirmPlacement', body: { id: 'pl3' } },
      { code: 'conflict', field: 'status' },
    ],
    [
      { op: 'endPlacement', body: { id: 'pl7', to: '2027-01-31' } },
      { code: 'conflict', field: 'status' },
    ],
    [
      { op: 'endPlacement', body: { id: 'pl3', to: '2026-05-31' } },
      { code: 'invalid_input', field: 'to' },
    ],
    [
      { op: 'endPlacement', body: { id: 'pl4', to: '2026-12-31' } },
      { code: 'invalid_input', field: 'to' },
    ],
    [
      { op: 'extendPlacement', body: { id: 'pl3', to: '2027-06-30' } },
      { code: 'conflict', field: 'to' },
    ],
    [
      { op: 'extendPlacement', body: { id: 'pl4', to: '2026-11-15' } },
      { code: 'invalid_input', field: 'to' },
    ],
    [
      { op: 'changePlacementRate', body: { id: 'pl4', from: '2027-01-01', cents: 6000 } },
      { code: 'invalid_input', field: 'from' },
    ],
    [
      { op: 'changePlacementRate', body: { id: 'pl3', from: '2026-12-01', cents: -1 } },
      { code: 'invalid_input', field: 'cents' },
    ],
    [
      { op: 'correctPlacementMonth', body: { id: 'pl3', month: '2026-11', hours: 4 } },
      { code: 'invalid_input', field: 'month' },
    ],
    [
      { op: 'correctPlacementMonth', body: { id: 'pl3', month: '2026-05', hours: 4 } },
      { code: 'invalid_input', field: 'month' },
    ],
    [
      { op: 'correctPlacementMonth', body: { id: 'pl3', month: '2026-10', hours: 0.3 } },
      { code: 'invalid_input', field: 'hours' },
    ],
    [
      { op: 'correctPlacementMonth', body: { id: 'pl7', month: '2026-10', hours: 4 } },
      { code: 'conflict', field: 'status' },
    ],
  ])('refuses a broken rule naming the field and changes nothing (%#)', async (input, error) => {
    await expectRefused(input, error);
  });

  it('confirms a proposal, which then counts as planned rather than forecast', async () => {
    const services = servicesIn();
    const [before] = revenueByMonth(workspaceOf(services), ['2026-12'], TEST_TODAY);
    const pl7 = before!.placements.find((p) => p.placementId === 'pl7')!;
    await services.call('confirmPlacement', { id: 'pl7' });
    expect(placementOf(services, 'pl7').status).toBe('confirmed');
    const [after] = revenueByMonth(workspaceOf(services), ['2026-12'], TEST_TODAY);
    expect(after!.totals.plannedCents).toBe(before!.totals.plannedCents + pl7.plannedCents);
    expect(after!.totals.forecastCents).toBe(before!.totals.forecastCents - pl7.plannedCents);
  });

  it('ends a placement early: still confirmed until its last day, ended once that is past', async () => {
    const services = servicesIn();
    await services.call('endPlacement', { id: 'pl3', to: '2026-12-31' });
    expect(placementOf(services, 'pl3')).toMatchObject({ to: '2026-12-31', status: 'confirmed' });
    await services.call('endPlacement', { id: 'pl3', to: '2026-11-20' });
    expect(placementOf(services, 'pl3')).toMatchObject({ to: '2026-11-20', status: 'ended' });
  });

  it('extends a placement to a later day or open-ended; an ended one runs again', async () => {
    const services = servicesIn();
    await services.call('extendPlacement', { id: 'pl4', to: null });
    expect(placementOf(services, 'pl4')).toMatchObject({ to: null, status: 'confirmed' });
    await services.call('extendPlacement', { id: 'pl1', to: '2027-01-31' });
    expect(placementOf(services, 'pl1')).toMatchObject({ to: '2027-01-31', status: 'confirmed' });
  });

  it('changes the rate from the 1st of next month: November keeps its revenue, December follows the new rate', async () => {
    const services = servicesIn();
    const [novBefore] = revenueByMonth(workspaceOf(services), ['2026-11'], TEST_TODAY);
    await services.call('changePlacementRate', { id: 'pl3', from: '2026-12-01', cents: 7500 });
    expect(placementOf(services, 'pl3').rates).toEqual([
      { from: '2026-06-01', cents: 6900 },
      { from: '2026-12-01', cents: 7500 },
    ]);
    const [nov, dec] = revenueByMonth(workspaceOf(services), ['2026-11', '2026-12'], TEST_TODAY);
    expect(nov).toEqual(novBefore);
    const line = dec!.placements.find((p) => p.placementId === 'pl3')!;
    expect(line.plannedCents).toBe(Math.round(line.plannedHours * 7500));
    // A second change on an earlier date replaces the later step.
    await services.call('changePlacementRate', { id: 'pl3', from: '2026-11-15', cents: 7000 });
    expect(placementOf(services, 'pl3').rates).toEqual([
      { from: '2026-06-01', cents: 6900 },
      { from: '2026-11-15', cents: 7000 },
    ]);
  });

  it('corrects a past month, replaces the correction, and removes it with 0 hours', async () => {
    const services = servicesIn();
    await services.call('correctPlacementMonth', { id: 'pl3', month: '2026-10', hours: 4 });
    await services.call('correctPlacementMonth', { id: 'pl3', month: '2026-10', hours: -2.5 });
    expect(placementOf(services, 'pl3').corrections).toEqual([
      { month: '2026-07', hours: 2 },
      { month: '2026-10', hours: -2.5 },
    ]);
    await services.call('correctPlacementMonth', { id: 'pl3', month: '2026-10', hours: 0 });
    expect(placementOf(services, 'pl3').corrections).toEqual([{ month: '2026-07', hours: 2 }]);
  });

  it('can undo a rate change', async () => {
    const services = servicesIn();
    const before = placementOf(services, 'pl3').rates;
    await services.call('changePlacementRate', { id: 'pl3', from: '2026-12-01', cents: 7500 });
    await services.call('undo', {});
    expect(placementOf(services, 'pl3').rates).toEqual(before);
  });
});

describe('income and value entries', () => {
  const income = {
    date: '2026-11-02',
    kind: 'sponsoring',
    description: 'Sponsoring Ledencongres',
    amountCents: 150_000,
    clientId: null,
  };
  const value = {
    date: '2026-11-02',
    description: 'Onboarding in SharePoint',
    beneficiary: 'ICT-servicedesk',
    hours: 6.5,
  };

  it('adds, updates and removes income and value entries', async () => {
    const services = servicesIn();
    await services.call('addIncomeEntry', { ...income, clientId: 'c4' });
    const entry = workspaceOf(services).income.find((e) => e.description === income.description)!;
    await services.call('updateIncomeEntry', { ...entry, amountCents: 175_000 });
    expect(workspaceOf(services).income.find((e) => e.id === entry.id)?.amountCents).toBe(175_000);
    await services.call('removeIncomeEntry', { id: entry.id });
    expect(workspaceOf(services).income.some((e) => e.id === entry.id)).toBe(false);

    await services.call('addValueEntry', value);
    const v = workspaceOf(services).value.find((e) => e.description === value.description)!;
    await services.call('updateValueEntry', { ...v, hours: 8 });
    expect(workspaceOf(services).value.find((e) => e.id === v.id)?.hours).toBe(8);
    await services.call('removeValueEntry', { id: v.id });
    expect(workspaceOf(services).value.some((e) => e.id === v.id)).toBe(false);
  });

  it.each([
    [
      { op: 'addIncomeEntry', body: { ...income, clientId: 'nobody' } },
      { code: 'not_found', field: 'clientId' },
    ],
    [
      { op: 'addIncomeEntry', body: { ...income, amountCents: 10.5 } },
      { code: 'invalid_input', field: 'amountCents' },
    ],
    [
      { op: 'addIncomeEntry', body: { ...income, description: ' ' } },
      { code: 'invalid_input', field: 'description' },
    ],
    [
      { op: 'addValueEntry', body: { ...value, hours: 1.1 } },
      { code: 'invalid_input', field: 'hours' },
    ],
    [
      { op: 'updateValueEntry', body: { ...value, id: 'nobody' } },
      { code: 'not_found', field: 'id' },
    ],
  ])('refuses a bad entry naming the field and changes nothing (%#)', async (input, error) => {
    await expectRefused(input, error);
  });
});
