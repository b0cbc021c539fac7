import { describe, expect, it } from 'vitest';
import type { Person } from './schemas/index.ts';
import {
  addSchedule,
  contractEnd,
  contractOn,
  correctSchedule,
  hasNotLeftBy,
  isActiveOn,
  nextMonday,
  weeklyHours,
  workingDays,
} from './people.ts';

const fullTime = { mon: 8, tue: 8, wed: 8, thu: 8, fri: 8, sat: 0, sun: 0 };
const partTime = { mon: 8, tue: 8, wed: 0, thu: 8, fri: 0, sat: 0, sun: 0 };
const person: Person = {
  id: 'p1',
  name: 'Anouk de Vries',
  email: '',
  skills: ['minutes'],
  contracts: [
    { from: '2025-01-01', hours: partTime },
    { from: '2026-03-01', hours: fullTime },
  ],
  activeFrom: '2025-01-01',
  activeTo: '2026-12-31',
};

describe('people', () => {
  it('finds the contract in force on a date, so a new contract does not rewrite earlier weeks', () => {
    expect(weeklyHours(contractOn(person, '2026-02-28').hours)).toBe(24);
    expect(weeklyHours(contractOn(person, '2026-03-01').hours)).toBe(40);
  });

  it('lists the days a part-timer works', () => {
    expect(workingDays(partTime)).toEqual(['mon', 'tue', 'thu']);
  });

  it('knows who is employed on a date', () => {
    expect(isActiveOn(person, '2024-12-31')).toBe(false);
    expect(isActiveOn(person, '2026-12-31')).toBe(true);
    expect(isActiveOn(person, '2027-01-01')).toBe(false);
  });

  it('offers someone who joins later but not someone who has left for planning', () => {
    expect(hasNotLeftBy(person, '2024-12-31')).toBe(true);
    expect(hasNotLeftBy(person, '2026-12-31')).toBe(true);
    expect(hasNotLeftBy(person, '2027-01-01')).toBe(false);
    expect(hasNotLeftBy({ activeTo: null }, '2099-01-01')).toBe(true);
  });

  it('adds a new schedule as a dated contract and never rewrites one', () => {
    const added = addSchedule(person.contracts, '2026-06-01', partTime);
    expect(added.map((c) => c.from)).toEqual(['2025-01-01', '2026-03-01', '2026-06-01']);
    expect(added.slice(0, 2)).toEqual(person.contracts);
    const between = addSchedule(added, '2025-06-02', partTime);
    expect(between.map((c) => c.from)).toEqual(['2025-01-01', '2025-06-02', '2026-03-01', '2026-06-01']);
    expect(() => addSchedule(person.contracts, '2026-03-01', partTime)).toThrow(RangeError);
  });

  it('corrects only the contract that starts on the date, and knows where each contract ends', () => {
    const corrected = correctSchedule(person.contracts, '2025-01-01', partTime);
    expect(corrected.map((c) => [c.from, weeklyHours(c.hours)])).toEqual([
      ['2025-01-01', 24],
      ['2026-03-01', weeklyHours(person.contracts[1]!.hours)],
    ]);
    expect(contractEnd(person.contracts, '2025-01-01')).toBe('2026-02-28');
    expect(contractEnd(person.contracts, '2026-03-01')).toBeNull();
  });

  it('starts a new schedule on the next Monday', () => {
    expect(nextMonday('2026-11-23')).toBe('2026-11-30'); // a Monday: the week after
    expect(nextMonday('2026-11-26')).toBe('2026-11-30');
    expect(nextMonday('2026-12-31')).toBe('2027-01-04');
  });
});
