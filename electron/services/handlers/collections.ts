import { DomainError } from '../../../shared/contract/errors.ts';
import type { Workspace } from '../../../shared/schemas/index.ts';
import { newId } from './ids.ts';

type Collections = {
  [K in keyof Workspace as Workspace[K] extends ReadonlyArray<{ id: string }> ? K : never]: Workspace[K];
};
export type CollectionKey = keyof Collections;
type ItemOf<K extends CollectionKey> = Collections[K][number];

/** The record with this id, or a not_found error naming the field the id came from. */
export function findIn<K extends CollectionKey>(workspace: Workspace, key: K, id: string, field = 'id'): ItemOf<K> {
  const item = (workspace[key] as ItemOf<K>[]).find((x) => x.id === id);
  if (!item) throw new DomainError('not_found', `${field}: no ${key} record with id ${id}`, field);
  return item;
}

export function addTo<K extends CollectionKey>(workspace: Workspace, key: K, prefix: string, item: Omit<ItemOf<K>, 'id'>): string {
  const list = workspace[key] as ItemOf<K>[];
  const id = newId(prefix, list);
  list.push({ ...item, id } as ItemOf<K>);
  return id;
}

export function replaceIn<K extends CollectionKey>(workspace: Workspace, key: K, item: ItemOf<K>): void {
  const list = workspace[key] as ItemOf<K>[];
  list[list.indexOf(findIn(workspace, key, item.id))] = item;
}

export function removeFrom<K extends CollectionKey>(workspace: Workspace, key: K, id: string): void {
  const list = workspace[key] as ItemOf<K>[];
  list.splice(list.indexOf(findIn(workspace, key, id)), 1);
}

/** Every reference must point at a person who exists, so no record is ever left dangling. */
export function requirePerson(workspace: Workspace, id: string, field: string): void {
  findIn(workspace, 'people', id, field);
}
