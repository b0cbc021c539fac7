import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAssignments, splitEvenly, splitHours, splitOver, totalHours } from './split.ts';

describe('splitting hours', () => {
  it('spreads hours over weeks in quarter hours, the leftover quarters going to the first weeks', () => {
    expect(splitHours(10, ['2026-W49', '2026-W50', '2026-W51'])).toEqual([
      { week: '2026-W49', hours: 3.5 },
      { week: '2026-W50', hours: 3.25 },
      { week: '2026-W51', hours: 3.25 },
    ]);
    expect(splitHours(8, ['2026-W50'])).toEqual([{ week: '2026-W50', hours: 8 }]);
  });

  it('leaves out weeks that would get nothing', () => {
    expect(splitHours(0.5, ['2026-W49', '2026-W50', '2026-W51'])).toEqual([
      { week: '2026-W49', hours: 0.25 },
      { week: '2026-W50', hours: 0.25 },
    ]);
    expect(splitHours(6, [])).toEqual([]);
  });

  it('splits over people first, then each share over the weeks', () => {
    expect(splitOver(9, ['anna', 'bram'], ['2026-W49', '2026-W50'])).toEqual([
      { personId: 'anna', week: '2026-W49', hours: 2.25 },
      { personId: 'anna', week: '2026-W50', hours: 2.25 },
      { personId: 'bram', week: '2026-W49', hours: 2.25 },
      { personId: 'bram', week: '2026-W50', hours: 2.25 },
    ]);
  });

  it('never loses or invents a quarter hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (quarters, weeks, people) => {
          const total = quarters / 4;
          const keys = Array.from({ length: weeks }, (_, i) => `2027-W${String(i + 1).padStart(2, '0')}`);
          const ids = Array.from({ length: people }, (_, i) => `p${i}`);
          const shares = splitOver(total, ids, keys);
          expect(totalHours(shares)).toBe(total);
          expect(shares.every((s) => s.hours > 0 && Number.isInteger(s.hours * 4))).toBe(true);
          const even = splitEvenly(total, weeks);
          expect(Math.max(...even) - Math.min(...even)).toBeLessThanOrEqual(0.25);
        },
      ),
    );
  });

  it('merges lines for the same person and week', () => {
    expect(
      mergeAssignments([
        { personId: 'a', week: '2026-W50', hours: 0.25 },
        { personId: 'a', week: '2026-W49', hours: 0 },
        { personId: 'a', week: '2026-W50', hours: 0.5 },
      ]),
    ).toEqual([{ personId: 'a', week: '2026-W50', hours: 0.75 }]);
  });
});
