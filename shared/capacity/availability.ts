import { weekdayKeys } from '../schemas/index.ts';
import type { Contract, Leave, Person } from '../schemas/index.ts';
import type { Span } from './span.ts';
import { offsetOf } from './span.ts';
import { dayIndex } from './day-index.ts';

/**
 * Scratch arrays for one person over a span, reused from person to person so a grid of hundreds
 * of people allocates them once. Per-day arrays are indexed by span offset, per-week by position.
 */
export type PersonWeeks = {
  /** Contract hours on each day the person is active and under contract. */
  daily: Float64Array;
  /** Leave hours already taken on each day, so overlapping leave never takes a day twice. */
  leaveTaken: Float64Array;
  contract: Float64Array;
  /** Hours of a full week under the contract(s) in force, ignoring start and end dates. */
  nominal: Float64Array;
  holiday: Float64Array;
  leave: Float64Array;
  /** Share of a weekly allocation that a whole week carries (below 1 when joining or leaving). */
  fullShare: Float64Array;
  structural: Float64Array;
  placementsConfirmed: Float64Array;
  placementsProposed: Float64Array;
  adhoc: Float64Array;
  /** Hours per weekday of the contract being laid out. */
  weekdayHours: Float64Array;
  activeFirst: number;
  activeLast: number;
};

export function createPersonWeeks(span: Span): PersonWeeks {
  const perWeek = (): Float64Array => new Float64Array(span.weeks);
  return {
    daily: new Float64Array(span.days),
    leaveTaken: new Float64Array(span.days),
    contract: perWeek(),
    nominal: perWeek(),
    holiday: perWeek(),
    leave: perWeek(),
    fullShare: perWeek(),
    structural: perWeek(),
    placementsConfirmed: perWeek(),
    placementsProposed: perWeek(),
    adhoc: perWeek(),
    weekdayHours: new Float64Array(7),
    activeFirst: 0,
    activeLast: -1,
  };
}

export function sortedContracts(person: Person): readonly Contract[] {
  const list = person.contracts;
  for (let i = 1; i < list.length; i++) {
    if ((list[i]?.from ?? '') < (list[i - 1]?.from ?? '')) return [...list].sort((a, b) => (a.from < b.from ? -1 : 1));
  }
  return list;
}

/**
 * Fills contract and nominal hours per day and week. Before the first contract the person has no
 * contract hours, but the nominal week uses the first contract so a part-week start pro-rates.
 */
function fillContracts(span: Span, person: Person, pw: PersonWeeks): void {
  const contracts = sortedContracts(person);
  const first = contracts[0];
  const afterFirst = first ? offsetOf(span, first.from) : 0;
  pw.activeFirst = Math.max(offsetOf(span, person.activeFrom), afterFirst);
  pw.activeLast = person.activeTo === null ? Number.POSITIVE_INFINITY : offsetOf(span, person.activeTo);
  const { daily, contract, nominal } = pw;
  const hours = pw.weekdayHours;
  for (let i = 0; i < contracts.length; i++) {
    const c = contracts[i];
    if (!c) continue;
    const next = contracts[i + 1];
    const from = i === 0 ? 0 : Math.max(0, offsetOf(span, c.from));
    const to = next ? Math.min(span.days - 1, offsetOf(span, next.from) - 1) : span.days - 1;
    let weekHours = 0;
    for (let k = 0; k < 7; k++) {
      hours[k] = c.hours[weekdayKeys[k] ?? 'mon'];
      weekHours += hours[k] ?? 0;
    }
    let d = from;
    while (d <= to) {
      const w = (d / 7) | 0;
      // A whole week under this contract with the person active throughout: one step, not seven
      // (the same sums, added in the same order from zero).
      if (d === w * 7 && d + 6 <= to && d >= pw.activeFirst && d + 6 <= pw.activeLast) {
        nominal[w] = weekHours;
        contract[w] = weekHours;
        for (let k = 0; k < 7; k++) daily[d + k] = hours[k] ?? 0;
        d += 7;
        continue;
      }
      const h = hours[d % 7] ?? 0;
      nominal[w] = (nominal[w] ?? 0) + h;
      const worked = d >= pw.activeFirst && d <= pw.activeLast ? h : 0;
      daily[d] = worked;
      contract[w] = (contract[w] ?? 0) + worked;
      d++;
    }
  }
}

export type LeaveCollector = (leave: Leave, hours: number) => void;

/**
 * A person's leave as numbers, three per record in list order: first and last day as span offsets
 * (clipped to the span) and hours per day (Infinity for whole days). Packed while grouping, which
 * walks the leave in memory order; the row then no longer reads thousands of leave records and
 * their date strings from all over the heap.
 */
export type PackedLeave = readonly number[];

export function packLeave(span: Pick<Span, 'start' | 'weeks'>, l: Leave, into: number[]): void {
  const from = Math.max(0, dayIndex(l.from) - span.start);
  const to = Math.min(span.weeks * 7 - 1, dayIndex(l.to) - span.start);
  if (from <= to) into.push(from, to, l.hoursPerDay ?? Number.POSITIVE_INFINITY);
}

/**
 * Leave takes whole working days (the day's contract hours) or `hoursPerDay` capped at them, and
 * nothing on a holiday: that day is already off. Returns the hours taken.
 */
function takeLeave(span: Span, pw: PersonWeeks, from: number, to: number, hoursPerDay: number): number {
  const { daily, leaveTaken } = pw;
  const holidayFlags = span.holidayFlags;
  let total = 0;
  for (let d = from; d <= to; d++) {
    const day = daily[d] ?? 0;
    if (day <= 0 || holidayFlags[d] === 1) continue;
    const wanted = Math.min(hoursPerDay, day);
    const taken = leaveTaken[d] ?? 0;
    const take = Math.min(wanted, day - taken);
    if (take <= 0) continue;
    leaveTaken[d] = taken + take;
    const w = (d / 7) | 0;
    pw.leave[w] = (pw.leave[w] ?? 0) + take;
    total += take;
  }
  return total;
}

/** Record by record, through the same packing as the grid, so `onLeave` gets each overlapping record's hours. */
function fillLeave(span: Span, leave: readonly Leave[], pw: PersonWeeks, onLeave?: LeaveCollector): void {
  const one: number[] = [];
  for (const l of leave) {
    one.length = 0;
    packLeave(span, l, one);
    if (one.length === 0) continue;
    const total = takeLeave(span, pw, one[0] ?? 0, one[1] ?? -1, one[2] ?? 0);
    onLeave?.(l, total);
  }
}

function fillPackedLeave(span: Span, packed: PackedLeave, pw: PersonWeeks): void {
  for (let i = 0; i + 2 < packed.length; i += 3) {
    takeLeave(span, pw, packed[i] ?? 0, packed[i + 1] ?? -1, packed[i + 2] ?? 0);
  }
}

export function fillAvailability(
  span: Span,
  person: Person,
  leave: readonly Leave[],
  pw: PersonWeeks,
  onLeave?: LeaveCollector,
  packed?: PackedLeave,
): void {
  for (const a of [pw.daily, pw.leaveTaken, pw.contract, pw.nominal, pw.holiday, pw.leave]) a.fill(0);
  fillContracts(span, person, pw);
  const { daily } = pw;
  for (const h of span.holidays) {
    const w = (h.offset / 7) | 0;
    pw.holiday[w] = (pw.holiday[w] ?? 0) + (daily[h.offset] ?? 0);
  }
  if (packed && !onLeave) fillPackedLeave(span, packed, pw);
  else fillLeave(span, leave, pw, onLeave);
}

/**
 * Hours actually worked (contract less holidays and leave) on days lo … hi, summed day by day: only
 * the few part weeks need it, so a running sum over every day of the span cost more than it saved.
 */
export function workedHours(span: Span, pw: PersonWeeks, lo: number, hi: number): number {
  const { daily, leaveTaken } = pw;
  const holidayFlags = span.holidayFlags;
  let sum = 0;
  for (let d = lo; d <= hi; d++) if (holidayFlags[d] !== 1) sum += (daily[d] ?? 0) - (leaveTaken[d] ?? 0);
  return sum;
}
