import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract/index.ts';
import { generateDemoWorkspace } from '../../shared/demo/index.ts';
import { documentSchema } from '../../shared/schemas/index.ts';
import { TEST_TODAY } from '../../electron/services/testing/temp-services.ts';
import { inputsFor, recordsIn, seedsFor } from './fuzz/fuzz-inputs.ts';
import { invariantViolations, prototypesClean } from './fuzz/invariants.ts';
import { memoryServices } from './fuzz/memory-services.ts';
import { poolsFrom, type JsonSchema } from './fuzz/schema-arbitrary.ts';

/*
 * Counts. Measured here (2 cores, shared with other test files): an accepted change costs 2–4 ms
 * (the store clones and validates the whole document on every write), so 10,000 inputs for each
 * of the 57 operations would take 10+ minutes. Each operation therefore gets at least MIN_RUNS
 * inputs and up to MAX_RUNS while its share of the time budget lasts; the first N inputs are the
 * same on every machine (fixed seed per operation and chunk). FUZZ_BUDGET_MS=0 (no budget) gives
 * every operation the full 10,000.
 */
const MAX_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const MIN_RUNS = Math.min(MAX_RUNS, 1_000);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 40_000);
const CHUNK = 250;
/** A fresh workspace every so many inputs, so a run of additions does not slow every later call. */
const RESET_EVERY = 100;
/** The full schema is checked on every so many accepted changes (the store itself checks all of them). */
const FULL_CHECK_EVERY = 5;

const workspace = generateDemoWorkspace({ people: 4, today: TEST_TODAY, monthsBack: 2, monthsAhead: 1 });
const records = recordsIn(workspace);
const pools = poolsFrom(workspace);
const operations = Object.keys(contract);
const budgetPerOperation = BUDGET_MS / operations.length;

/** Valid inputs no workspace record can supply: a real export to import again. */
async function extraSeeds(name: string): Promise<unknown[]> {
  if (name !== 'importWorkspace') return [];
  const exported = await memoryServices(workspace).call('exportWorkspace', {});
  return exported.ok ? [{ content: (exported.value as { content: string }).content }] : [];
}

describe('every contract operation under generated input', () => {
  it.each(operations.map((name, index) => [name, index] as const))(
    '%s',
    async (name, index) => {
      const schema = contract[name as keyof typeof contract].input as z.ZodType;
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const arbitrary = inputsFor(json, [...seedsFor(schema, json, records), ...(await extraSeeds(name))], pools);
      const tally = { runs: 0, accepted: 0, changed: 0, refusedBySchema: 0, refusedByRule: 0 };
      const started = performance.now();
      let services = memoryServices(workspace);

      for (let chunk = 0; tally.runs < MAX_RUNS; chunk++) {
        if (tally.runs >= MIN_RUNS && BUDGET_MS > 0 && performance.now() - started > budgetPerOperation) break;
        // The handlers are synchronous: give the test runner's own messages a turn between chunks.
        await new Promise((resolve) => setImmediate(resolve));
        for (const input of fc.sample(arbitrary, {
          numRuns: Math.min(CHUNK, MAX_RUNS - tally.runs),
          seed: 20261123 + index * 1000 + chunk,
        })) {
          const i = tally.runs++;
          if (i > 0 && i % RESET_EVERY === 0) services = memoryServices(workspace);
          const { store } = services.context;
          const before = store.workspace();
          const writes = services.writes();
          // Both transports send {} for a call without input; dispatch does the same with null/undefined.
          const schemaValid = schema.safeParse(input ?? {}).success;
          const result = await services.call(name, input);
          const shown = () =>
            `${name} #${i}: ${String(JSON.stringify(input)).slice(0, 300)} -> ${JSON.stringify(result).slice(0, 300)}`;

          expect(prototypesClean(), shown()).toBe(true);
          if (!schemaValid) expect(result, shown()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
          if (!result.ok) {
            expect(result.error.message.length, shown()).toBeGreaterThan(0);
            expect(result.error.code, shown()).not.toBe('internal');
            // Refused: the very same (frozen) document, and nothing handed to the backend.
            expect(store.workspace() === before && services.writes() === writes, shown()).toBe(true);
            if (schemaValid) tally.refusedByRule++;
            else tally.refusedBySchema++;
            continue;
          }
          tally.accepted++;
          if (store.workspace() === before) continue;
          tally.changed++;
          const doc = store.document();
          expect(invariantViolations(doc.workspace), shown()).toEqual([]);
          if (tally.changed % FULL_CHECK_EVERY === 0) expect(documentSchema.safeParse(doc).success, shown()).toBe(true);
        }
      }

      expect(documentSchema.safeParse(services.context.store.document()).success).toBe(true);
      const ms = Math.round(performance.now() - started);
      console.info(
        `${name}: ${tally.runs} inputs in ${ms} ms; ${tally.accepted} accepted (${tally.changed} changed the workspace), ` +
          `${tally.refusedBySchema} refused by the schema, ${tally.refusedByRule} by a rule`,
      );
      expect(tally.runs).toBeGreaterThanOrEqual(MIN_RUNS);
      expect(tally.refusedBySchema, `${name}: no invalid input was generated`).toBeGreaterThan(0);
    },
    300_000,
  );
});
