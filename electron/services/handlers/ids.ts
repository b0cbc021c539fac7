import { randomUUID } from 'node:crypto';

/** Short random ids: unique enough for one workspace, and never reused after a delete. */
export function newId(prefix: string, taken: ReadonlyArray<{ id: string }>): string {
  for (;;) {
    const id = `${prefix}-${randomUUID().slice(0, 8)}`;
    if (!taken.some((item) => item.id === id)) return id;
  }
}
