import type { Workspace } from '../../../shared/schemas/index.ts';

/** Fields that point at another record, and the collection that record must be in. */
const REFERENCES: Record<string, keyof Workspace> = {
  personId: 'people',
  backupPersonId: 'people',
  doneBy: 'people',
  clientId: 'clients',
};

/** Numbers that can never be below zero; placement corrections (realised minus planned) may. */
const NON_NEGATIVE = /hours|cents/i;
const MAY_BE_NEGATIVE_UNDER = new Set(['corrections']);

/** Every broken rule in the workspace, as readable lines; an empty list means all invariants hold. */
export function invariantViolations(workspace: Workspace): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const [key, list] of Object.entries(workspace)) {
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    for (const item of list as { id?: unknown }[]) {
      if (typeof item.id !== 'string') continue;
      if (seen.has(item.id)) problems.push(`${key}: id ${item.id} used twice`);
      seen.add(item.id);
    }
    ids.set(key, seen);
  }
  const walk = (value: unknown, path: string[]): void => {
    // A closed month's issues are the report as it went out (totals rows, people since erased): not live references.
    if (path.at(-1) === 'issues') return;
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, String(i)]));
    if (value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      const at = [...path, key].join('.');
      const target = REFERENCES[key];
      if (target && v !== null && !ids.get(target)?.has(v as string))
        problems.push(`${at}: dangling reference ${String(v)} to ${target}`);
      if (typeof v === 'number' && NON_NEGATIVE.test(key) && v < 0 && !path.some((p) => MAY_BE_NEGATIVE_UNDER.has(p))) {
        problems.push(`${at}: negative ${key} ${v}`);
      }
      if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${at}: not a finite number`);
      walk(v, [...path, key]);
    }
  };
  walk(workspace, []);
  return problems;
}

const baseline = {
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(),
};

/** True when no payload reached Object.prototype or Array.prototype. */
export function prototypesClean(): boolean {
  return (
    ({} as Record<string, unknown>).polluted === undefined &&
    Object.getOwnPropertyNames(Object.prototype).sort().join() === baseline.object &&
    Object.getOwnPropertyNames(Array.prototype).sort().join() === baseline.array
  );
}
