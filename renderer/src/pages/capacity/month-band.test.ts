import { describe, expect, it } from 'vitest';
import { weekRange } from '../../../../shared/capacity/index.ts';
import { monthSpans } from './month-band.ts';

describe('monthSpans', () => {
  it('groups weeks by the month of their Thursday, across the year end and week 53', () => {
    // Week 48 of 2026 starts Monday 23 November; week 53 runs 28 Dec 2026 – 3 Jan 2027 (Thursday 31 Dec).
    expect(monthSpans(weekRange('2026-W48', 8))).toEqual([
      { month: '2026-11', weeks: 1 },
      { month: '2026-12', weeks: 5 },
      { month: '2027-01', weeks: 2 },
    ]);
  });
});
