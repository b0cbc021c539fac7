import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAway, roundParts } from './rounding.ts';

describe('display rounding', () => {
  it('rounds a tie away from zero on both sides, so −7,25 reads as −7,3 like 7,25 reads 7,3', () => {
    expect(roundHalfAway(7.25, 1)).toBe(7.3);
    expect(roundHalfAway(-7.25, 1)).toBe(-7.3);
    expect(roundHalfAway(-0.04, 1)).toBe(0);
    expect(Object.is(roundHalfAway(-0.04, 1), -0)).toBe(false);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
  });

  it('is symmetric for every value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        (quarters, decimals) => {
          const value = quarters / 4;
          expect(roundHalfAway(-value, decimals)).toBe(-roundHalfAway(value, decimals) + 0);
        },
      ),
    );
  });

  it('rounds parts so they add up to the rounded total', () => {
    // 1.6 + 1.7 + 1.7 = 5 reads 1 + 2 + 2, not 2 + 2 + 2 = 6; the year 2026 reads 14.302 = 11.738 + 1.152 + 1.412.
    expect(roundParts([1.6, 1.7, 1.7], 0)).toEqual([1, 2, 2]);
    expect(roundParts([11737.7, 1152.06, 1411.75], 0)).toEqual([11738, 1152, 1412]);
  });

  it('always adds the parts up to the rounded sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10_000, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 2 }),
        (parts, decimals) => {
          const rounded = roundParts(parts, decimals);
          const sum = rounded.reduce((s, p) => s + p, 0);
          expect(sum).toBeCloseTo(
            roundHalfAway(
              parts.reduce((s, p) => s + p, 0),
              decimals,
            ),
            6,
          );
          rounded.forEach((part, i) => expect(Math.abs(part - parts[i]!)).toBeLessThan(10 ** -decimals + 1e-9));
        },
      ),
    );
  });
});
