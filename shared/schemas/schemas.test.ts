import { describe, expect, it } from 'vitest';
import { isoDateSchema, isoWeekSchema, monthSchema } from './primitives.ts';

describe('calendar values at the boundary', () => {
  it('accepts week 53 only in a year that has one', () => {
    expect(isoWeekSchema.safeParse('2026-W53').success).toBe(true);
    expect(isoWeekSchema.safeParse('2025-W53').success).toBe(false);
  });

  it('refuses impossible dates and far-off years, which only come from typing errors', () => {
    expect(isoDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('0202-05-01').success).toBe(false);
    expect(monthSchema.safeParse('0175-08').success).toBe(false);
    expect(monthSchema.safeParse('2026-13').success).toBe(false);
    expect(monthSchema.safeParse('2026-11').success).toBe(true);
  });
});
