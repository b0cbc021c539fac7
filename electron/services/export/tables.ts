import type { KeyFigures } from '../../../shared/dashboard/index.ts';
import type { MonthlyOverview, PersonMonth } from '../../../shared/report/index.ts';
import type { Language } from '../../../shared/schemas/index.ts';
import { exportLabels } from './labels.ts';

/** A number and what it measures, so each writer can format it: euros, hours, a ratio, a count, a date. */
export type Kind = 'money' | 'hours' | 'percent' | 'count' | 'decimal' | 'date';
export type Cell = string | null | { kind: Kind; value: number | string };
export type TableKey = 'summary' | 'income' | 'value' | 'placements' | 'requests' | 'capacity' | 'revision' | 'corrections';
export type Table = { key: TableKey; title: string; headers: string[]; widths: number[]; rows: Cell[][]; total: Cell[] | null };

const money = (cents: number): Cell => ({ kind: 'money', value: cents });
const hours = (value: number): Cell => ({ kind: 'hours', value });
const percent = (value: number): Cell => ({ kind: 'percent', value });
const count = (value: number): Cell => ({ kind: 'count', value });
const date = (value: string | null): Cell => (value === null ? null : { kind: 'date', value });
const maybe = (value: number | null, make: (n: number) => Cell): Cell => (value === null ? null : make(value));

/** A range compares periods, a month compares months. */
function columnHeads(model: MonthlyOverview, language: Language): string[] {
  const heads = model.lastMonth ? exportLabels(language).range : exportLabels(language).summary;
  return [heads.current, heads.previous, heads.lastYear];
}

function summaryTable(model: MonthlyOverview, language: Language): Table {
  const l = exportLabels(language).summary;
  const { current, previous, lastYear } = model.cover;
  const line = (label: string, pick: (k: KeyFigures) => Cell): Cell[] => [
    label,
    pick(current),
    previous ? pick(previous) : null,
    lastYear ? pick(lastYear) : null,
  ];
  const rows: Cell[][] = [
    line(l.revenue, (k) => money(k.revenueCents)),
    line(l.placementRevenue, (k) => money(k.placementCents)),
    line(l.otherIncome, (k) => money(k.otherIncomeCents)),
    line(l.value, (k) => money(k.valueCents)),
    line(l.hoursStructural, (k) => hours(k.hours.structural)),
    line(l.hoursPlacements, (k) => hours(k.hours.placements)),
    line(l.hoursAdhoc, (k) => hours(k.hours.adhoc)),
    line(l.hoursTotal, (k) => hours(k.hours.total)),
    line(l.utilisation, (k) => percent(k.utilisation)),
    line(l.done, (k) => count(k.requests.done)),
    line(l.declined, (k) => count(k.requests.declined)),
    line(l.deferred, (k) => count(k.requests.deferred)),
    line(l.satisfaction, (k) => maybe(k.requests.averageSatisfaction, (n) => ({ kind: 'decimal', value: n }))),
    line(l.medianDays, (k) => maybe(k.requests.medianDaysToDone, (n) => ({ kind: 'decimal', value: n }))),
    ...model.cover.clients.map((c) => [`${l.client}: ${c.name}`, money(c.cents), previous ? money(c.previousCents) : null, maybe(c.lastYearCents, money)]),
    ...current.requests.topReasons.map((r) => [`${l.reason}: ${r.reason}`, count(r.count), null, null]),
  ];
  return { key: 'summary', title: exportLabels(language).tables.summary, headers: [l.figure, ...columnHeads(model, language)], widths: [44, 16, 16, 22], rows, total: null };
}

/** Other income line by line, ending on the cover's total. */
function incomeTable(model: MonthlyOverview, language: Language): Table {
  const l = exportLabels(language);
  const i = l.income;
  return {
    key: 'income',
    title: l.tables.income,
    headers: [i.date, i.what, i.kind, i.amount],
    widths: [12, 44, 14, 16],
    rows: model.itemised.income.map((line) => [date(line.date), line.description, l.incomeKinds[line.kind], money(line.cents)]),
    total: [l.placements.total, null, null, money(model.cover.current.otherIncomeCents)],
  };
}

/** Value created line by line: what, hours × rate, amount; done requests as one line. */
function valueTable(model: MonthlyOverview, language: Language): Table {
  const l = exportLabels(language);
  const v = l.value;
  return {
    key: 'value',
    title: l.tables.value,
    headers: [v.date, v.what, v.beneficiary, v.hours, v.rate, v.amount],
    widths: [12, 44, 20, 10, 14, 16],
    rows: model.itemised.value.map((line) => [
      date(line.date),
      line.kind === 'requests' ? v.requestsDone.replace('{{count}}', String(line.count)) : line.description,
      line.beneficiary,
      hours(line.hours),
      money(line.rateCents),
      money(line.cents),
    ]),
    total: [l.placements.total, null, null, null, null, money(model.cover.current.valueCents)],
  };
}

function placementsTable(model: MonthlyOverview, language: Language): Table {
  const l = exportLabels(language);
  const p = l.placements;
  return {
    key: 'placements',
    title: l.tables.placements,
    headers: [p.person, p.client, p.status, p.basis, p.hours, p.revenue],
    widths: [28, 30, 14, 14, 12, 16],
    rows: model.placements.lines.map((line) => [line.personName, line.clientName, l.status[line.status], line.realised ? p.realised : p.planned, hours(line.hours), money(line.cents)]),
    total: [p.total, null, null, null, hours(model.placements.hours), money(model.placements.cents)],
  };
}

function requestsTable(model: MonthlyOverview, language: Language): Table {
  const l = exportLabels(language);
  const r = l.requests;
  return {
    key: 'requests',
    title: l.tables.requests,
    headers: [r.title, r.requester, r.department, r.status, r.createdOn, r.closedOn, r.hours, r.satisfaction, r.reason],
    widths: [40, 24, 20, 12, 12, 12, 10, 12, 36],
    rows: model.requests.map((q) => [q.title, q.requester, q.department, l.status[q.status], date(q.createdOn), date(q.closedOn), maybe(q.actualHours, hours), maybe(q.satisfaction, count), q.reason]),
    total: null,
  };
}

const capacityKeys = ['contract', 'holiday', 'leave', 'available', 'structural', 'placements', 'adhoc', 'committed', 'spare'] as const;

function capacityRow(name: string, p: PersonMonth): Cell[] {
  return [name, ...capacityKeys.map((key) => hours(p[key])), percent(p.utilisation), count(p.requestsDone)];
}

/** Capacity per person doubles as the person statement: contract, holidays, leave, commitments, spare. */
function capacityTable(model: MonthlyOverview, language: Language): Table {
  const l = exportLabels(language);
  const c = l.capacity;
  return {
    key: 'capacity',
    title: l.tables.capacity,
    headers: [c.person, ...capacityKeys.map((key) => c[key]), c.utilisation, c.requestsDone],
    widths: [28, 13, 12, 10, 13, 13, 14, 10, 12, 10, 12, 14],
    rows: model.capacity.people.map((p) => capacityRow(p.name, p)),
    total: model.personId ? null : capacityRow(c.total, model.capacity.total),
  };
}

/** The tables every export format shows, built from the model only. */
export function overviewTables(model: MonthlyOverview, language: Language): Table[] {
  if (model.personId) return [capacityTable(model, language)];
  return [
    summaryTable(model, language),
    incomeTable(model, language),
    valueTable(model, language),
    placementsTable(model, language),
    requestsTable(model, language),
    capacityTable(model, language),
  ];
}
