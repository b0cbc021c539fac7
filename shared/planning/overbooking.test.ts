import { describe, expect, it } from 'vitest';
import { leave, person, placement, support, workspace } from '../capacity/test-fixtures.ts';
import { addSchedule, correctSchedule } from '../people.ts';
import { placementWarnings, placementWeeks, scheduleWarnings, warningRuns } from './overbooking.ts';

describe('warnings before a placement is confirmed', () => {
  // Daphne works 32 h (Mon–Thu 8 h) and already gives 20 h of structural support: 12 h spare.
  const daphne = person('daphne', { mon: 8, tue: 8, wed: 8, thu: 8, fri: 0, sat: 0, sun: 0 });
  const base = workspace({
    people: [daphne],
    structural: [support('s1', 'daphne', { hoursPerWeek: 20 })],
    leave: [leave('l1', 'daphne', '2027-01-11', '2027-01-13')],
  });

  it('lists each week the placement leaves her short, with the spare before and after', () => {
    const plan = placement('p1', 'daphne', {
      from: '2026-12-07',
      to: '2026-12-20',
      hoursPerWeek: 16,
      status: 'confirmed',
    });
    const warnings = placementWarnings(base, plan, '2026-11-23');
    expect(warnings.map((w) => w.week)).toEqual(['2026-W50', '2026-W51']);
    expect(warnings[0]).toMatchObject({ personId: 'daphne', before: 12, after: -4, overbooked: true, onLeave: false });
  });

  it('says nothing when the hours fit, and names a week that falls in her leave', () => {
    const plan = placement('p1', 'daphne', {
      from: '2027-01-04',
      to: '2027-01-24',
      hoursPerWeek: 4,
      status: 'confirmed',
    });
    const warnings = placementWarnings(base, plan, '2026-11-23');
    expect(warnings).toEqual([expect.objectContaining({ week: '2027-W02', onLeave: true })]);
  });

  it('ignores a placement that stays proposed: it commits nothing', () => {
    const plan = placement('p1', 'daphne', {
      from: '2026-12-07',
      to: '2026-12-20',
      hoursPerWeek: 16,
      status: 'proposed',
    });
    expect(placementWarnings(base, plan, '2026-11-23')).toEqual([]);
  });

  it('looks half a year ahead for an open-ended placement', () => {
    expect(placementWeeks({ from: '2026-12-07', to: null }, '2026-11-23')).toHaveLength(26);
  });
});

describe('warnings before a schedule change is saved', () => {
  // Daphne: 32 h (Mon–Thu 8 h), 20 h structural support, 12 h spare; leave Monday–Wednesday of week 2, 2027.
  const daphne = person('daphne', { mon: 8, tue: 8, wed: 8, thu: 8, fri: 0, sat: 0, sun: 0 });
  const base = workspace({
    people: [daphne],
    structural: [support('s1', 'daphne', { hoursPerWeek: 20 })],
    leave: [leave('l1', 'daphne', '2027-01-11', '2027-01-13')],
  });
  const twoDays = { mon: 8, tue: 8, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 };

  it('lists the weeks a new schedule leaves her short, up to the schedule after it', () => {
    const contracts = addSchedule(
      addSchedule(daphne.contracts, '2027-01-04', daphne.contracts[0]!.hours),
      '2026-12-07',
      twoDays,
    );
    const warnings = scheduleWarnings(base, { ...daphne, contracts }, '2026-12-07', '2026-11-23');
    expect(warnings.map((w) => [w.week, w.before, w.after])).toEqual([
      ['2026-W50', 12, -4],
      ['2026-W51', 12, -4],
      ['2026-W52', 12, -4],
      ['2026-W53', 12, -4],
    ]);
  });

  it('looks from this week on when a past schedule is corrected, half a year ahead, skipping her leave week', () => {
    const contracts = correctSchedule(daphne.contracts, daphne.contracts[0]!.from, twoDays);
    const weeks = scheduleWarnings(base, { ...daphne, contracts }, daphne.contracts[0]!.from, '2026-11-23').map(
      (w) => w.week,
    );
    expect(weeks[0]).toBe('2026-W48');
    expect(weeks.at(-1)).toBe('2027-W20');
    // Week 2 of 2027: her leave takes the support with it, so she is not short there.
    expect(weeks).toHaveLength(25);
    expect(weeks).not.toContain('2027-W02');
  });

  it('says nothing when the new schedule still fits the work', () => {
    const contracts = addSchedule(daphne.contracts, '2026-12-07', { ...twoDays, wed: 8 });
    expect(scheduleWarnings(base, { ...daphne, contracts }, '2026-12-07', '2026-11-23')).toEqual([]);
  });
});

describe('warning runs', () => {
  it('folds consecutive weeks into one line with the lowest spare, leave weeks apart', () => {
    const w = (week: string, after: number, onLeave = false) => ({
      personId: 'daphne',
      week,
      before: 2,
      after,
      overbooked: after < 0,
      onLeave,
    });
    expect(
      warningRuns([w('2026-W52', -3), w('2026-W53', -4), w('2027-W01', -3), w('2027-W03', -1), w('2027-W05', 1, true)]),
    ).toEqual([
      { personId: 'daphne', kind: 'overbooked', first: '2026-W52', last: '2027-W01', weeks: 3, lowest: -4 },
      { personId: 'daphne', kind: 'overbooked', first: '2027-W03', last: '2027-W03', weeks: 1, lowest: -1 },
      { personId: 'daphne', kind: 'onLeave', first: '2027-W05', last: '2027-W05', weeks: 1, lowest: 1 },
    ]);
  });
});
