import type { Workspace } from '../schemas/index.ts';
import { COLLECTION_KEYS, FIELD_KEYS, type AnyRecord, type CollectionKey, type WorkspacePatch } from './patch.ts';

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The records of one collection that differ. Untouched records keep their identity (immer's
 * structural sharing), so the common head and tail are skipped by reference: a change costs what
 * it touched, not the length of the list. Only the differing middle is matched by id.
 */
function diffCollection(
  key: CollectionKey,
  before: readonly AnyRecord[],
  after: readonly AnyRecord[],
): WorkspacePatch[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail += 1;
  const oldMiddle = new Map<string, { record: AnyRecord; index: number }>();
  for (let i = head; i < before.length - tail; i += 1) oldMiddle.set(before[i]!.id, { record: before[i]!, index: i });
  const patches: WorkspacePatch[] = [];
  for (let i = head; i < after.length - tail; i += 1) {
    const record = after[i]!;
    const old = oldMiddle.get(record.id);
    oldMiddle.delete(record.id);
    if (old && sameJson(old.record, record)) continue;
    patches.push({ kind: 'record', key, id: record.id, index: i, before: old?.record ?? null, after: record });
  }
  for (const [id, { record, index }] of oldMiddle)
    patches.push({ kind: 'record', key, id, index, before: record, after: null });
  return patches;
}

/** What changed from one workspace to the next, record by record. */
export function diffWorkspace(before: Workspace, after: Workspace): WorkspacePatch[] {
  const patches: WorkspacePatch[] = [];
  for (const key of FIELD_KEYS) {
    if (!sameJson(before[key], after[key]))
      patches.push({ kind: 'field', key, before: before[key], after: after[key] });
  }
  for (const key of COLLECTION_KEYS) {
    if (before[key] !== after[key]) patches.push(...diffCollection(key, before[key], after[key]));
  }
  return patches;
}
