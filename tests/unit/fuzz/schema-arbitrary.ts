import fc from 'fast-check';

/** The parts of a JSON Schema (as zod's toJSONSchema writes it) that the generator understands. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
};

/** Real values from the workspace, by property name: ids that exist, dates that are calendar dates. */
export type Pools = Map<string, unknown[]>;

const POOL_LIMIT = 60;

export function poolsFrom(value: unknown, pools: Pools = new Map(), key = ''): Pools {
  if (Array.isArray(value)) {
    for (const item of value) poolsFrom(item, pools, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) poolsFrom(v, pools, k);
  } else if (key !== '' && value !== undefined) {
    const pool = pools.get(key) ?? [];
    if (pool.length < POOL_LIMIT && !pool.includes(value)) pool.push(value);
    pools.set(key, pool);
  }
  return pools;
}

/** `structuralId`, `doneBy`, `personId`: any id from the workspace may fit, the right kind or not. */
function poolFor(key: string, pools: Pools): unknown[] {
  const own = pools.get(key) ?? [];
  if (/(^id$|Id$|^doneBy$)/.test(key)) return [...own, ...(pools.get('id') ?? [])];
  return own;
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
  const hi = schema.maximum ?? schema.exclusiveMaximum ?? 1e6;
  const step = schema.multipleOf ?? (integer ? 1 : undefined);
  const edges = fc.constantFrom(lo, hi, 0, Math.min(Math.max(1, lo), hi));
  if (step === undefined) return fc.oneof(edges, fc.double({ min: lo, max: hi, noNaN: true }));
  const from = Math.ceil(lo / step);
  const to = Math.floor(Math.min(hi, lo + 1e6) / step);
  return fc.oneof(
    edges,
    fc.integer({ min: Math.max(from, -(2 ** 31)), max: Math.min(to, 2 ** 31 - 1) }).map((k) => k * step),
  );
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 60);
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
  }
  return fc.string({ minLength: min, maxLength: Math.max(min, max) });
}

/** An arbitrary that mostly produces values the schema accepts (refinements aside). */
export function arbitraryFor(schema: JsonSchema, pools: Pools, key = '', depth = 0): fc.Arbitrary<unknown> {
  const generated = fromSchema(schema, pools, depth);
  const pool = poolFor(key, pools);
  return pool.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 2 }, { arbitrary: generated, weight: 1 })
    : generated;
}

function fromSchema(schema: JsonSchema, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => arbitraryFor(v, pools, '', depth)));
  if (schema.allOf?.[0]) return arbitraryFor(schema.allOf[0], pools, '', depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema);
    case 'array': {
      const items = schema.items ? arbitraryFor(schema.items, pools, '', depth + 1) : fc.jsonValue({ maxDepth: 1 });
      const minLength = schema.minItems ?? 0;
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const record = Object.fromEntries(
        Object.entries(properties).map(([k, v]) => [k, arbitraryFor(v, pools, k, depth + 1)]),
      );
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
