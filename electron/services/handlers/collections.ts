import { isDraft, original } from 'immer';
import { DomainError } from '../../../shared/contract/errors.ts';
import type { Workspace } from '../../../shared/schemas/index.ts';
import { newId } from './ids.ts';

type Collections = {
  [K in keyof Workspace as Workspace[K] extends ReadonlyArray<{ id: string }> ? K : never]: Workspace[K];
};
export type CollectionKey = keyof Collections;
type ItemOf<K extends CollectionKey> = Collections[K][number];

/**
 * Searching the list as it was before the change: reading every record of an immer draft would
 * make a proxy for each, a cost that grows with the workspace on every click.
 */
function plain<T>(list: T[]): T[] {
  return isDraft(list) ? (original(list as never) as T[]) : list;
}

function indexIn<K extends CollectionKey>(workspace: Workspace, key: K, id: string, field: string): number {
  const base = plain(workspace[key] as ItemOf<K>[]);
  const at = base.findIndex((x) => x.id === id);
  // A record added earlier in the same change is only in the draft.
  const index =
    at >= 0 && (workspace[key] as ItemOf<K>[])[at]?.id === id
      ? at
      : (workspace[key] as ItemOf<K>[]).findIndex((x) => x.id === id);
  if (index < 0)
    throw new DomainError('not_found', `${field}: no ${key} record with id ${id}`, field, {
      reason: 'record_gone',
      params: {},
    });
  return index;
}

/** The record with this id, or a not_found error naming the field the id came from. */
export function findIn<K extends CollectionKey>(workspace: Workspace, key: K, id: string, field = 'id'): ItemOf<K> {
  return (workspace[key] as ItemOf<K>[])[indexIn(workspace, key, id, field)]!;
}

export function addTo<K extends CollectionKey>(
  workspace: Workspace,
  key: K,
  prefix: string,
  item: Omit<ItemOf<K>, 'id'>,
): string {
  const list = workspace[key] as ItemOf<K>[];
  const id = newId(prefix, plain(list));
  list.push({ ...item, id } as ItemOf<K>);
  return id;
}

export function replaceIn<K extends CollectionKey>(workspace: Workspace, key: K, item: ItemOf<K>): void {
  (workspace[key] as ItemOf<K>[])[indexIn(workspace, key, item.id, 'id')] = item;
}

export function removeFrom<K extends CollectionKey>(workspace: Workspace, key: K, id: string): void {
  (workspace[key] as ItemOf<K>[]).splice(indexIn(workspace, key, id, 'id'), 1);
}

/** Every reference must point at a person who exists, so no record is ever left dangling. */
export function requirePerson(workspace: Workspace, id: string, field: string): void {
  findIn(workspace, 'people', id, field);
}
