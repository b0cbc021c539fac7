import type { IsoDate, Month, Workspace } from '../schemas/index.ts';
import { createPersonWeeks, fillAvailability, type PersonWeeks } from './availability.ts';
import { addInto, cellOf, emptyCell, finishTotal } from './cell.ts';
import { dayIndex, isoDateOf, mondayIndex, weekKeyOfIndex, weekdayOf } from './day-index.ts';
import { indexByPerson, noAllocations, type PersonAllocations } from './person-index.ts';
import { makeSpan, type Span } from './span.ts';
import type { CapacityCell } from './types.ts';

export type MonthCapacity = { month: Month; rows: { personId: string; cell: CapacityCell }[]; totals: CapacityCell };

type Sums = {
  contract: number;
  holiday: number;
  leave: number;
  structural: number;
  confirmed: number;
  proposed: number;
  adhoc: number;
};
const zero = (): Sums => ({ contract: 0, holiday: 0, leave: 0, structural: 0, confirmed: 0, proposed: 0, adhoc: 0 });
const toCell = (s: Sums) => cellOf(s.contract, s.holiday, s.leave, s.structural, s.confirmed, s.proposed, s.adhoc);

/**
 * Capacity per person per calendar month, counted day by day, so a month's hours agree with the
 * revenue of the same month (which is also counted by day). Each day carries the same share of a
 * weekly allocation as in the weekly grid: weekly hours × hours worked that day ÷ the full week's
 * contract hours; holidays and leave take their share out. Ad-hoc hours are assigned to a week,
 * not a day, so they are spread over that week's worked days (or its Thursday if none is worked).
 * People whose contract has no hours in a week get no share there (the weekly grid shows such
 * work as over-booking).
 */
export function monthCapacity(workspace: Workspace, months: readonly Month[]): MonthCapacity[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const first = dayIndex(`${sorted[0]}-01`);
  const last = dayIndex(lastDay(sorted[sorted.length - 1]!));
  const monday = first - weekdayOf(first);
  const span = makeSpan(workspace.settings, monday, Math.floor((last + 7 - weekdayOf(last) - monday) / 7));
  const monthAt = Array.from({ length: span.days }, (_, d) => isoDateOf(monday + d).slice(0, 7));
  const wanted = new Map(months.map((m) => [m, true]));
  const pw = createPersonWeeks(span);
  const index = indexByPerson(workspace);
  const result = new Map(months.map((m) => [m, [] as { personId: string; cell: CapacityCell }[]]));

  for (const person of workspace.people) {
    const allocations = index.get(person.id) ?? noAllocations;
    fillAvailability(span, person, allocations.leave, pw);
    const sums = new Map(months.map((m) => [m, zero()]));
    const at = (d: number) => (wanted.has(monthAt[d]!) ? sums.get(monthAt[d]!) : undefined);
    const share = shares(span, pw);
    for (let d = 0; d < span.days; d++) {
      const line = at(d);
      if (!line) continue;
      const day = pw.daily[d] ?? 0;
      line.contract += day;
      if (span.holidayFlags[d] === 1) line.holiday += day;
      line.leave += pw.leaveTaken[d] ?? 0;
    }
    spreadRecurring(span, allocations, share, at);
    spreadAdhoc(span, allocations, share, at);
    if (![...sums.values()].some((s) => s.contract > 0 || s.structural + s.confirmed + s.proposed + s.adhoc > 0))
      continue;
    for (const [month, s] of sums) result.get(month)!.push({ personId: person.id, cell: toCell(s) });
  }

  return months.map((month) => {
    const rows = result.get(month)!;
    const totals = emptyCell();
    for (const { cell } of rows) addInto(totals, cell);
    return { month, rows, totals: finishTotal(totals) };
  });
}

function lastDay(month: Month): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(y, m, 0).getDate()).padStart(2, '0')}`;
}

/** Share of a weekly allocation worked on each day (0 on holidays, leave and days off). */
function shares(span: Span, pw: PersonWeeks): Float64Array {
  const out = new Float64Array(span.days);
  for (let d = 0; d < span.days; d++) {
    const nominal = pw.nominal[(d / 7) | 0] ?? 0;
    if (nominal <= 0 || span.holidayFlags[d] === 1) continue;
    out[d] = Math.max(0, (pw.daily[d] ?? 0) - (pw.leaveTaken[d] ?? 0)) / nominal;
  }
  return out;
}

type At = (d: number) => Sums | undefined;

function spreadRecurring(span: Span, allocations: PersonAllocations, share: Float64Array, at: At): void {
  const lay = (
    item: {
      from: IsoDate;
      to: IsoDate | null;
      hoursPerWeek: number;
      exceptions?: readonly { week: string; hours: number }[];
    },
    add: (s: Sums, h: number) => void,
  ) => {
    const from = Math.max(0, dayIndex(item.from) - span.start);
    const to = Math.min(span.days - 1, item.to === null ? span.days - 1 : dayIndex(item.to) - span.start);
    const exceptions = new Map((item.exceptions ?? []).map((e) => [e.week, e.hours]));
    for (let d = from; d <= to; d++) {
      const line = at(d);
      if (!line || !share[d]) continue;
      const weekly =
        exceptions.size > 0 ? (exceptions.get(weekKeyOfIndex(span.start + d)) ?? item.hoursPerWeek) : item.hoursPerWeek;
      add(line, weekly * share[d]!);
    }
  };
  for (const s of allocations.structural) lay(s, (line, h) => (line.structural += h));
  for (const p of allocations.placements) {
    lay(p, p.status === 'proposed' ? (line, h) => (line.proposed += h) : (line, h) => (line.confirmed += h));
  }
}

function spreadAdhoc(span: Span, allocations: PersonAllocations, share: Float64Array, at: At): void {
  for (const assignment of allocations.adhocAssignments) {
    const start = mondayIndex(assignment.week) - span.start;
    if (Number.isNaN(start) || start < 0 || start + 6 >= span.days) continue;
    let total = 0;
    for (let d = start; d < start + 7; d++) total += share[d] ?? 0;
    if (total <= 0) {
      const thursday = at(start + 3);
      if (thursday) thursday.adhoc += assignment.hours;
      continue;
    }
    for (let d = start; d < start + 7; d++) {
      const line = at(d);
      if (line && share[d]) line.adhoc += (assignment.hours * share[d]!) / total;
    }
  }
}
