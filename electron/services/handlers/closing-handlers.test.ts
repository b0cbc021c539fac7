import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { monthReport, reportedComparison } from '../../../shared/closing/index.ts';
import { periodContaining } from '../../../shared/dashboard/index.ts';
import type { Workspace } from '../../../shared/schemas/index.ts';
import { withStep } from '../../../shared/settings/dated.ts';
import { exportMonthlyOverview, type ExportedFile } from '../export/monthly-export.ts';
import { servicesIn, TEST_TODAY } from '../testing/temp-services.ts';

/*
 * The 15-person demo, today 2026-11-23. May 2026 has Bevrijdingsdag (not off: 2026 is no lustrum
 * year), Hemelvaart and Pinkstermaandag; placement pl2 (€ 63 an hour) runs in it, so each kind of edit reaches its figures.
 */
const MONTH = '2026-05';
type Services = ReturnType<typeof servicesIn>;
const workspaceOf = (services: Services): Workspace => services.context.store.document().workspace;
const report = (services: Services) => monthReport(workspaceOf(services), MONTH, TEST_TODAY);

async function ok(services: Services, op: string, body: unknown) {
  const answer = await services.call(op, body);
  expect(answer).toMatchObject({ ok: true });
}

/** The four edits the issue names: a past schedule, a rate, a holiday choice, a placement correction. */
const edits: [string, (s: Services) => Promise<void>][] = [
  [
    'a past schedule',
    async (s) => {
      const person = workspaceOf(s).people[0]!;
      const [first, ...rest] = person.contracts;
      await ok(s, 'updatePerson', {
        ...person,
        contracts: [{ ...first!, hours: { ...first!.hours, fri: 0 } }, ...rest],
      });
    },
  ],
  [
    'the shadow and internal rate',
    async (s) => {
      const settings = workspaceOf(s).settings;
      await ok(s, 'updateSettings', {
        ...settings,
        shadowRates: withStep(settings.shadowRates, { from: '2026-01-01', cents: 9_900 }),
        internalRates: withStep(settings.internalRates, { from: '2026-01-01', cents: 9_900 }),
      });
    },
  ],
  [
    'a holiday choice',
    async (s) => {
      const settings = workspaceOf(s).settings;
      const rule = settings.holidayRules[0]!;
      await ok(s, 'updateSettings', { ...settings, holidayRules: [{ ...rule, liberationDay: 'always' }] });
    },
  ],
  [
    'a placement correction',
    async (s) => {
      const placement = workspaceOf(s).placements.find((p) => p.id === 'pl2')!;
      await ok(s, 'correctPlacementMonth', { id: placement.id, month: MONTH, hours: -6 });
    },
  ],
];

describe('closing a month', () => {
  it.each(edits)(
    'keeps the reported figures after editing %s, and shows the difference as a correction after closing',
    async (_what, edit) => {
      const services = servicesIn();
      const before = report(services).model;
      await ok(services, 'closeMonth', { month: MONTH });
      const closed = report(services);
      expect(closed.model).toEqual(before);
      expect(closed.closing).toMatchObject({
        closed: true,
        firstIssuedOn: TEST_TODAY,
        revised: false,
        corrections: [],
      });

      await edit(services);
      const after = report(services);
      expect(after.model).toEqual(before);
      expect(after.closing!.corrections.length).toBeGreaterThan(0);
      const live = monthReport({ ...workspaceOf(services), closedMonths: [] }, MONTH, TEST_TODAY).model;
      for (const c of after.closing!.corrections) expect(c.reported).not.toBe(c.now);
      const revenue = after.closing!.corrections.find((c) => c.figure === 'revenue');
      if (revenue)
        expect(revenue).toMatchObject({
          reported: before.cover.current.revenueCents,
          now: live.cover.current.revenueCents,
        });
      // The dashboard's month card shows the reported figures too.
      expect(reportedComparison(workspaceOf(services), periodContaining('month', MONTH), TEST_TODAY).current).toEqual(
        before.cover.current,
      );
    },
  );

  it('issues a revised report that lists each difference since the first issue, and reopens explicitly', async () => {
    const services = servicesIn();
    await ok(services, 'closeMonth', { month: MONTH });
    const first = report(services).model;
    expect(await services.call('reissueMonth', { month: MONTH })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await edits[3]![1](services);
    await ok(services, 'reissueMonth', { month: MONTH });
    const revised = report(services);
    expect(revised.closing).toMatchObject({ revised: true, corrections: [] });
    const changes = revised.closing!.changesSinceFirst;
    // pl2 at € 63 an hour: 6 hours fewer is € 378 less.
    const placementRevenue = changes.find((c) => c.figure === 'placementRevenue')!;
    expect(placementRevenue).toMatchObject({
      reported: first.cover.current.placementCents,
      now: first.cover.current.placementCents - 37_800,
    });
    expect(revised.model.cover.current.placementCents).toBe(placementRevenue.now);
    expect(changes.find((c) => c.figure === 'placementHours')).toMatchObject({
      reported: first.placements.hours,
      now: first.placements.hours - 6,
    });

    await ok(services, 'reopenMonth', { month: MONTH });
    const record = workspaceOf(services).closedMonths[0]!;
    expect(record.events.map((e) => e.kind)).toEqual(['closed', 'reissued', 'reopened']);
    expect(report(services).closing).toMatchObject({ closed: false });
    expect(await services.call('reopenMonth', { month: MONTH })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses to close the month that is still running', async () => {
    const services = servicesIn();
    expect(await services.call('closeMonth', { month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'month' },
    });
  });
});

async function summaryOf(file: ExportedFile): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.read(Readable.from(Buffer.from(file.base64, 'base64')));
  return book.worksheets.map((sheet) => [sheet.name, ...sheet.getSheetValues()]);
}

describe('exports of a closed month', () => {
  it('stay exactly as reported after an edit, with the corrections as an extra table', async () => {
    const services = servicesIn();
    await ok(services, 'closeMonth', { month: MONTH });
    const xlsx = async () =>
      (await exportMonthlyOverview(workspaceOf(services), TEST_TODAY, 'nl', { month: MONTH, format: 'xlsx' }))[0]!;
    const csv = () => exportMonthlyOverview(workspaceOf(services), TEST_TODAY, 'nl', { month: MONTH, format: 'csv' });
    const sheetsBefore = await summaryOf(await xlsx());
    const csvBefore = await csv();
    await edits[1]![1](services);
    await edits[3]![1](services);

    const sheetsAfter = await summaryOf(await xlsx());
    expect(sheetsAfter.slice(0, sheetsBefore.length)).toEqual(sheetsBefore);
    expect(sheetsAfter.map((s) => s[0])).toContain('Correcties na afsluiten');
    const csvAfter = await csv();
    expect(csvAfter.slice(0, csvBefore.length)).toEqual(csvBefore);
    const corrections = csvAfter.find((f) => f.name.endsWith('correcties-na-afsluiten.csv'))!;
    const rows = Papa.parse<string[]>(
      Buffer.from(corrections.base64, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      { delimiter: ';' },
    ).data;
    expect(rows[0]).toEqual(['Kengetal', 'Gerapporteerd 23-11-2026', 'Nu', 'Verschil']);
    expect(rows.some((r) => r[0] === 'Gecreëerde waarde')).toBe(true);
    expect(rows.some((r) => r[0] === 'Uren detacheringen (basis omzet)' && r[3] === '-6,00')).toBe(true);

    await ok(services, 'reissueMonth', { month: MONTH });
    const revised = await csv();
    expect(revised.map((f) => f.name)).toContain('Maandoverzicht-2026-05-herzien-gewijzigd-sinds-eerste-uitgave.csv');
  });
});
