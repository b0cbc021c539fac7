import { addDays, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../schemas/index.ts';
import { countAllocations, generateDemoWorkspace } from './index.ts';
import { danglingReferences, duplicateIds } from './test-helpers.ts';

const today = '2026-11-23';

describe('larger demo workspaces for benchmarks', () => {
  it('generates a valid 200-person workspace with proportionally more of everything', () => {
    const ws = generateDemoWorkspace({ people: 200, today, seed: 3 });
    expect(() => workspaceSchema.parse(ws)).not.toThrow();
    expect(ws.people).toHaveLength(200);
    expect(new Set(ws.people.map((p) => p.name)).size).toBe(200);
    expect(ws.clients.length).toBeGreaterThan(4);
    expect(ws.clients.length).toBeLessThanOrEqual(20);
    expect(ws.requests.length).toBeGreaterThan(2000);
    expect(ws.structural.length / ws.people.length).toBeGreaterThan(1.5);
    expect(ws.placements.length).toBeGreaterThan(30);
    expect(duplicateIds(ws)).toEqual([]);
    expect(danglingReferences(ws)).toEqual([]);
    expect(ws.structural.every((s) => s.backupPersonId !== s.personId)).toBe(true);
  });

  it('gives 500 people over two years about 50,000 allocations, well within a second', () => {
    const started = performance.now();
    const ws = generateDemoWorkspace({ people: 500, today, monthsBack: 24 });
    const elapsed = performance.now() - started;
    const allocations = countAllocations(ws);
    expect(allocations).toBeGreaterThanOrEqual(35_000);
    expect(allocations).toBeLessThanOrEqual(70_000);
    // Generous for a loaded CI machine; typically ~200 ms.
    expect(elapsed).toBeLessThan(3000);
    expect(danglingReferences(ws)).toEqual([]);
  });

  it('keeps names unique even when the name combinations run short', () => {
    const ws = generateDemoWorkspace({ people: 2000, today, monthsBack: 3, monthsAhead: 1 });
    expect(new Set(ws.people.map((p) => p.name)).size).toBe(2000);
    expect(ws.clients).toHaveLength(20);
  });
});

describe('any team size, date and seed', () => {
  it('always gives a valid workspace without dangling references or self-backups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: -1000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 6 }),
        (people, offset, seed, monthsBack, monthsAhead) => {
          const day = format(addDays(new Date(2020, 0, 1), offset), 'yyyy-MM-dd');
          const ws = generateDemoWorkspace({ people, today: day, seed, monthsBack, monthsAhead });
          expect(() => workspaceSchema.parse(ws)).not.toThrow();
          expect(ws.people).toHaveLength(people);
          expect(danglingReferences(ws)).toEqual([]);
          expect(duplicateIds(ws)).toEqual([]);
          expect(ws.structural.every((s) => s.backupPersonId !== s.personId)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects a nonsensical size or date', () => {
    expect(() => generateDemoWorkspace({ people: 0, today })).toThrow(RangeError);
    expect(() => generateDemoWorkspace({ people: 2.5, today })).toThrow(RangeError);
    expect(() => generateDemoWorkspace({ people: 15, today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoWorkspace({ people: 15, today, monthsBack: 0 })).toThrow(RangeError);
  });
});
