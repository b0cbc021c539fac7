import type { KeyFigures } from '../dashboard/index.ts';
import type { NumberStyle } from '../format.ts';
import type { Language } from '../schemas/index.ts';
import { overviewLabels, type OverviewLabels } from './overview-labels.ts';
import type { MonthlyOverview, PersonMonth } from './schema.ts';

/*
 * The monthly overview's tables, defined once: which sections in which order, their rows and
 * labels, and what each figure measures. The PDF page, the XLSX and the CSV all render this, so
 * the three cannot show different rows or words; each only decides how a style looks on its medium.
 */

/** A number and what it measures (or a date), so each renderer can write it its own way. */
export type Kind = NumberStyle | 'date';
export type Cell = string | null | { kind: Kind; value: number | string };
/** `sub` rows are parts of the row above them (the page indents them); `id` names a row for tests. */
export type Row = { cells: Cell[]; sub?: boolean; id?: string };
export type TableKey =
  | 'summary'
  | 'clients'
  | 'reasons'
  | 'income'
  | 'value'
  | 'placements'
  | 'requests'
  | 'capacity'
  | 'revision'
  | 'corrections';
/** `widths` are spreadsheet column widths in characters; `empty` is what the page says when there are no rows. */
export type ReportTable = {
  key: TableKey;
  title: string;
  headers: string[];
  widths: number[];
  rows: Row[];
  total: Row | null;
  empty: string;
};

const figure =
  (kind: NumberStyle) =>
  (value: number): Cell => ({ kind, value });
const money = figure('money');
const hours = figure('hours');
const percent = figure('percent');
const count = figure('count');
const date = (value: string | null): Cell => (value === null ? null : { kind: 'date', value });
const maybe = (value: number | null, make: (n: number) => Cell): Cell => (value === null ? null : make(value));
const row = (cells: Cell[]): Row => ({ cells });

type Line = { id: keyof OverviewLabels['summary']; pick: (k: KeyFigures) => Cell; sub?: boolean };

/** The key figures in the order a director reads them: each total followed by its parts. */
const summaryLines: Line[] = [
  { id: 'revenue', pick: (k) => money(k.revenueCents) },
  { id: 'placementRevenue', pick: (k) => money(k.placementCents), sub: true },
  { id: 'otherIncome', pick: (k) => money(k.otherIncomeCents), sub: true },
  { id: 'value', pick: (k) => money(k.valueCents) },
  { id: 'hoursTotal', pick: (k) => hours(k.hours.total) },
  { id: 'hoursStructural', pick: (k) => hours(k.hours.structural), sub: true },
  { id: 'hoursPlacements', pick: (k) => hours(k.hours.placements), sub: true },
  { id: 'hoursAdhoc', pick: (k) => hours(k.hours.adhoc), sub: true },
  { id: 'utilisation', pick: (k) => percent(k.utilisation) },
  { id: 'done', pick: (k) => count(k.requests.done) },
  { id: 'declined', pick: (k) => count(k.requests.declined) },
  { id: 'deferred', pick: (k) => count(k.requests.deferred) },
  { id: 'satisfaction', pick: (k) => maybe(k.requests.averageSatisfaction, figure('rating')) },
  { id: 'medianDays', pick: (k) => maybe(k.requests.medianDaysToDone, figure('days')) },
];

type Build = (model: MonthlyOverview, l: OverviewLabels) => Omit<ReportTable, 'key' | 'title' | 'empty'>;

/** A range compares periods, a month compares months. */
const periodHeaders = (first: string, model: MonthlyOverview, l: OverviewLabels) => {
  const heads = model.lastMonth && model.lastMonth !== model.month ? l.rangePeriods : l.periods;
  return [first, heads.current, heads.previous, heads.lastYear];
};

const summary: Build = (model, l) => {
  const { current, previous, lastYear } = model.cover;
  return {
    headers: periodHeaders(l.periods.figure, model, l),
    widths: [32, 16, 16, 22],
    rows: summaryLines.map((line) => ({
      cells: [
        l.summary[line.id],
        line.pick(current),
        previous ? line.pick(previous) : null,
        lastYear ? line.pick(lastYear) : null,
      ],
      id: line.id,
      ...(line.sub ? { sub: true } : {}),
    })),
    total: null,
  };
};

const clients: Build = (model, l) => ({
  headers: periodHeaders(l.periods.client, model, l),
  widths: [32, 16, 16, 22],
  rows: model.cover.clients.map((c) =>
    row([c.name, money(c.cents), model.cover.previous ? money(c.previousCents) : null, maybe(c.lastYearCents, money)]),
  ),
  total: null,
});

const reasons: Build = (model, l) => ({
  headers: [l.reasons.reason, l.reasons.count],
  widths: [44, 10],
  rows: model.cover.current.requests.topReasons.map((r) => row([r.reason, count(r.count)])),
  total: null,
});

/** Other income line by line, ending on the cover's total. */
const income: Build = (model, l) => ({
  headers: [l.income.date, l.income.what, l.income.kind, l.income.amount],
  widths: [12, 44, 14, 16],
  rows: model.itemised.income.map((line) =>
    row([date(line.date), line.description, l.incomeKinds[line.kind], money(line.cents)]),
  ),
  total: row([l.total, null, null, money(model.cover.current.otherIncomeCents)]),
});

/** Value created line by line: what, for whom, hours × rate, amount; done requests as one line. */
const value: Build = (model, l) => ({
  headers: [l.value.date, l.value.what, l.value.beneficiary, l.value.hours, l.value.rate, l.value.amount],
  widths: [12, 44, 20, 10, 14, 16],
  rows: model.itemised.value.map((line) =>
    row([
      date(line.date),
      line.kind === 'requests' ? l.value.requestsDone.replace('{{count}}', String(line.count)) : line.description,
      line.beneficiary,
      hours(line.hours),
      money(line.rateCents),
      money(line.cents),
    ]),
  ),
  total: row([l.total, null, null, null, null, money(model.cover.current.valueCents)]),
});

const placements: Build = (model, l) => {
  const p = l.placements;
  return {
    headers: [p.person, p.client, p.status, p.basis, p.hours, p.revenue],
    widths: [28, 30, 14, 14, 12, 16],
    rows: model.placements.lines.map((line) =>
      row([
        line.personName,
        line.clientName,
        l.status[line.status],
        line.realised ? p.realised : p.planned,
        hours(line.hours),
        money(line.cents),
      ]),
    ),
    total: row([l.total, null, null, null, hours(model.placements.hours), money(model.placements.cents)]),
  };
};

const requests: Build = (model, l) => {
  const r = l.requests;
  return {
    headers: [r.title, r.requester, r.department, r.status, r.createdOn, r.closedOn, r.hours, r.satisfaction, r.reason],
    widths: [40, 24, 20, 12, 12, 12, 10, 12, 36],
    rows: model.requests.map((q) =>
      row([
        q.title,
        q.requester,
        q.department,
        l.status[q.status],
        date(q.createdOn),
        date(q.closedOn),
        maybe(q.actualHours, hours),
        maybe(q.satisfaction, count),
        q.reason,
      ]),
    ),
    total: null,
  };
};

const capacityKeys = [
  'contract',
  'holiday',
  'leave',
  'available',
  'structural',
  'placements',
  'adhoc',
  'committed',
  'spare',
] as const;
const capacityRow = (name: string, p: PersonMonth): Row =>
  row([name, ...capacityKeys.map((key) => hours(p[key])), percent(p.utilisation), count(p.requestsDone)]);

/** Capacity per person doubles as the person statement: contract, holidays, leave, commitments, spare. */
const capacity: Build = (model, l) => ({
  headers: [
    l.capacity.person,
    ...capacityKeys.map((key) => l.capacity[key]),
    l.capacity.utilisation,
    l.capacity.requestsDone,
  ],
  widths: [28, 13, 12, 10, 13, 13, 14, 10, 12, 10, 12, 14],
  rows: model.capacity.people.map((p) => capacityRow(p.name, p)),
  total: model.personId ? null : capacityRow(l.total, model.capacity.total),
});

const sections = { summary, clients, reasons, income, value, placements, requests, capacity } satisfies Partial<
  Record<TableKey, Build>
>;
type SectionKey = keyof typeof sections;
const teamOrder: SectionKey[] = [
  'summary',
  'clients',
  'reasons',
  'income',
  'value',
  'placements',
  'requests',
  'capacity',
];

/** The overview's tables in reading order; one person's statement is their capacity line alone. */
export function overviewTables(model: MonthlyOverview, language: Language): ReportTable[] {
  const l = overviewLabels(language);
  const keys: SectionKey[] = model.personId ? ['capacity'] : teamOrder;
  return keys.map((key) => ({
    key,
    title: l.titles[key],
    empty: key === 'summary' || key === 'capacity' ? '' : l.empty[key],
    ...sections[key](model, l),
  }));
}
