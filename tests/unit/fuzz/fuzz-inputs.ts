import fc from 'fast-check';
import type { z } from 'zod';
import { arbitraryFor, type JsonSchema, type Pools } from './schema-arbitrary.ts';

/** Every plain object in the workspace (records, their rates, assignments, settings…), as seed material. */
export function recordsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) recordsIn(item, out);
  else if (value !== null && typeof value === 'object') {
    out.push(value as Record<string, unknown>);
    for (const v of Object.values(value)) recordsIn(v, out);
  }
  return out;
}

/**
 * Valid inputs taken from real data: each workspace record cut down to the operation's fields,
 * kept when the operation's own schema accepts it (an existing person for updatePerson, the
 * settings for updateSettings, any record's id for a remove…).
 */
export function seedsFor(
  schema: z.ZodType,
  json: JsonSchema,
  records: Record<string, unknown>[],
  limit = 40,
): unknown[] {
  const variants = [json, ...(json.anyOf ?? []), ...(json.oneOf ?? [])];
  const seeds: unknown[] = [];
  for (const record of records) {
    for (const variant of variants) {
      const keys = Object.keys(variant.properties ?? {});
      if (keys.length === 0) continue;
      const picked = Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]]));
      if (schema.safeParse(picked).success) seeds.push(structuredClone(picked));
    }
    if (seeds.length >= limit) break;
  }
  if (schema.safeParse({}).success) seeds.push({});
  return seeds;
}

/** Own `__proto__` keys, as JSON.parse makes them: the classic prototype-pollution payloads. */
export const pollutionPayloads: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"__proto__":{"polluted":"yes"},"id":"p-1","name":"x"}'),
  JSON.parse('[{"__proto__":{"polluted":"yes"}}]'),
  JSON.parse('{"a":{"__proto__":{"polluted":"yes"}}}'),
];

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    -0.25,
    1e308,
    NaN,
    Infinity,
    '',
    ' ',
    '\u0000',
    'x'.repeat(5000),
    [],
    {},
    [[[]]],
    ...pollutionPayloads,
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
);

type Mutation = (input: Record<string, unknown>, key: string, value: unknown) => Record<string, unknown>;

/** One change that usually breaks an otherwise valid input. */
const mutations: Mutation[] = [
  (input, key, value) => ({ ...input, [key]: value }),
  (input, key) => Object.fromEntries(Object.entries(input).filter(([k]) => k !== key)),
  (input, _key, value) => ({ ...input, unexpectedField: value }),
  (input, _key, value) =>
    Object.defineProperty({ ...input }, '__proto__', {
      value: { polluted: value },
      enumerable: true,
      writable: true,
      configurable: true,
    }),
  (input, key) =>
    Object.defineProperty({ ...input }, key, {
      value: { __proto__: null, polluted: 'yes' },
      enumerable: true,
      writable: true,
      configurable: true,
    }),
  (input, key) => ({ ...input, [key]: JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown }),
];

function mutate(base: unknown, keys: string[]): fc.Arbitrary<unknown> {
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return junk;
  const candidates = [...new Set([...keys, ...Object.keys(base)])];
  if (candidates.length === 0)
    return fc.tuple(junk, fc.constantFrom(...mutations)).map(([v, m]) => m(base as Record<string, unknown>, 'x', v));
  return fc
    .tuple(fc.constantFrom(...candidates), junk, fc.constantFrom(...mutations))
    .map(([key, value, m]) => m(base as Record<string, unknown>, key, value));
}

/** For one operation: valid seeds, schema-generated inputs, seeds with one field regenerated, mutated ones and junk. */
export function inputsFor(json: JsonSchema, seeds: unknown[], pools: Pools): fc.Arbitrary<unknown> {
  const generated = arbitraryFor(json, pools);
  const keys = Object.keys(json.properties ?? json.anyOf?.[0]?.properties ?? json.oneOf?.[0]?.properties ?? {});
  const properties = json.properties ?? {};
  const seed = seeds.length > 0 ? fc.constantFrom(...seeds).map((s) => structuredClone(s)) : generated;
  const reworked =
    seeds.length > 0 && keys.length > 0
      ? fc
          .tuple(seed, fc.constantFrom(...keys))
          .chain(([s, key]) =>
            properties[key]
              ? arbitraryFor(properties[key], pools, key).map((v) => ({ ...(s as object), [key]: v }))
              : fc.constant(s),
          )
      : generated;
  return fc.oneof(
    { arbitrary: seed, weight: 2 },
    { arbitrary: reworked, weight: 3 },
    { arbitrary: generated, weight: 3 },
    { arbitrary: fc.oneof(seed, generated).chain((base) => mutate(base, keys)), weight: 3 },
    { arbitrary: junk, weight: 1 },
  );
}
