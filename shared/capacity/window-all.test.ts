import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../demo/index.ts';
import { spareInWindow } from './window.ts';
import { spareInWindowForAll } from './window-all.ts';

const ws = generateDemoWorkspace({ people: 40, today: '2026-11-23', seed: 7, monthsBack: 6, monthsAhead: 3 });

const windows: [string, string, string][] = [
  ['two whole weeks', '2026-11-23', '2026-12-06'],
  ['Wednesday to the Tuesday after next', '2026-11-25', '2026-12-08'],
  ['a single Thursday', '2026-11-26', '2026-11-26'],
  ['across Christmas and New Year', '2026-12-22', '2027-01-05'],
  ['around Kingsday and Ascension, in the past', '2026-04-22', '2026-05-20'],
  ['a weekend', '2026-11-28', '2026-11-29'],
  ['beyond everything planned', '2027-09-01', '2027-09-14'],
];

describe('spare hours in a window for the whole team', () => {
  it.each(windows)('gives every person exactly what spareInWindow gives them: %s', (_, from, to) => {
    const all = spareInWindowForAll(ws, from, to);
    expect(all.size).toBe(ws.people.length);
    for (const person of ws.people) {
      expect(all.get(person.id), person.id).toBe(spareInWindow(ws, person.id, from, to));
    }
  });

  it('finds someone with spare hours in an ordinary fortnight, so the comparison is not all zeros', () => {
    const all = spareInWindowForAll(ws, '2026-11-23', '2026-12-06');
    expect([...all.values()].some((spare) => spare > 0)).toBe(true);
  });

  it('gives everyone 0 for a window that ends before it starts', () => {
    const all = spareInWindowForAll(ws, '2026-12-06', '2026-11-23');
    expect([...all.values()].every((spare) => spare === 0)).toBe(true);
    expect(all.size).toBe(ws.people.length);
  });
});
