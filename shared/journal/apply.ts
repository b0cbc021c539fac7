import type { Workspace } from '../schemas/index.ts';
import type { AnyRecord, CollectionKey, RecordPatch, WorkspacePatch } from './patch.ts';

/** The patch that takes a change back. */
export function invertPatch(patch: WorkspacePatch): WorkspacePatch {
  switch (patch.kind) {
    case 'record':
      return { ...patch, before: patch.after, after: patch.before };
    case 'field':
      return { ...patch, before: patch.after, after: patch.before };
    case 'workspace':
      throw new Error('A whole-workspace patch has no inverse');
  }
}

export function invertPatches(patches: readonly WorkspacePatch[]): WorkspacePatch[] {
  return patches.map(invertPatch).reverse();
}

/** A click's few patches are found one by one; a restore's or a catch-up's thousands in one pass. */
const ONE_BY_ONE = 16;

/**
 * The last patch for a record decides (a catch-up may add and then change or remove the same one),
 * and new records go in at their positions from first to last, so a list rebuilt from nothing
 * comes back in its own order.
 */
function applyToList(list: readonly AnyRecord[], patches: readonly RecordPatch[]): AnyRecord[] {
  const last = new Map(patches.map((patch) => [patch.id, patch]));
  let next: AnyRecord[];
  if (last.size <= ONE_BY_ONE) {
    next = list.slice();
    for (const patch of last.values()) {
      const at = next.findIndex((record) => record.id === patch.id);
      if (at < 0) continue;
      if (patch.after === null) next.splice(at, 1);
      else next[at] = patch.after as AnyRecord;
      last.delete(patch.id);
    }
  } else {
    next = [];
    for (const record of list) {
      const patch = last.get(record.id);
      if (!patch) next.push(record);
      else if (patch.after !== null) next.push(patch.after as AnyRecord);
      last.delete(record.id);
    }
  }
  const added = [...last.values()].filter((patch) => patch.after !== null).sort((a, b) => a.index - b.index);
  for (const patch of added) next.splice(Math.min(patch.index, next.length), 0, patch.after as AnyRecord);
  return next;
}

/**
 * Applies patches without touching the input: changed lists and records are new objects, every
 * other record keeps its identity, so a view can tell cheaply what it must recompute.
 */
export function applyPatches(workspace: Workspace, patches: readonly WorkspacePatch[]): Workspace {
  let next = workspace;
  let pending: RecordPatch[] = [];
  const flush = () => {
    const byKey = new Map<CollectionKey, RecordPatch[]>();
    for (const patch of pending) {
      const list = byKey.get(patch.key);
      if (list) list.push(patch);
      else byKey.set(patch.key, [patch]);
    }
    for (const [key, list] of byKey) next = { ...next, [key]: applyToList(next[key], list) };
    pending = [];
  };
  for (const patch of patches) {
    if (patch.kind === 'record') {
      pending.push(patch);
      continue;
    }
    flush();
    next = patch.kind === 'workspace' ? patch.after : { ...next, [patch.key]: patch.after };
  }
  flush();
  return next;
}
