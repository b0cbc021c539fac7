import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';

const draw = (seed: number | string, n = 20): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('seeded random numbers', () => {
  it('repeat for the same seed and differ for another', () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stay in range: floats in [0, 1), inclusive integers, quarter hours', () => {
    const rng = createRng(7);
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.int(3, 5);
      expect([3, 4, 5]).toContain(n);
      const h = rng.hours(1, 40);
      expect(h >= 1 && h <= 40 && Number.isInteger(h * 4)).toBe(true);
    }
  });

  it('gives independent streams per label, each reproducible', () => {
    const a = createRng(1).fork('people');
    const b = createRng(1).fork('people');
    const c = createRng(1).fork('leave');
    const first = [a.next(), a.next()];
    expect([b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next()]).not.toEqual(first);
  });

  it('samples distinct items and honours weights', () => {
    const rng = createRng(3);
    const sample = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    const picks = Array.from({ length: 1000 }, () =>
      rng.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(800);
  });
});
