import { useEffect, useEffectEvent } from 'react';
import type { IsoWeek } from '../../../shared/schemas/index.ts';
import type { Section } from './sections.ts';

/**
 * What another page (Today, the command palette) asks a page to open once it is shown: a request's
 * drawer, a person's drawer, a week in the grid, a new-record form. The page may still be loading,
 * so the wish waits here until the page that handles it takes it.
 */
export type Intent =
  | { kind: 'request'; id: string }
  | { kind: 'newRequest' }
  | { kind: 'placement'; id: string }
  | { kind: 'newPlacement' }
  | { kind: 'client'; id: string }
  | { kind: 'person'; id: string }
  | { kind: 'logLeave'; personId: string }
  | { kind: 'week'; week: IsoWeek; personId: string | null; tab: 'grid' | 'coverage' }
  | { kind: 'exportMonth' };
export type IntentKind = Intent['kind'];

let pending: Intent | null = null;
const listeners = new Set<() => void>();

/** Shows `section` and leaves `intent` for its page. */
export function go(section: Section, intent: Intent | null = null): void {
  pending = intent;
  window.location.hash = `/${section}`;
  for (const listener of listeners) listener();
}

/**
 * Hands the page every intent of the kinds it handles, the one waiting when it mounts included.
 * A handler that returns false leaves the intent for a part it is about to show (a tab's content).
 */
export function useIntent<K extends IntentKind>(
  kinds: readonly K[],
  handle: (intent: Extract<Intent, { kind: K }>) => boolean | void,
): void {
  const onIntent = useEffectEvent(handle);
  const key = kinds.join();
  useEffect(() => {
    const take = () => {
      const intent = pending;
      if (!intent || !key.split(',').includes(intent.kind)) return;
      if (onIntent(intent as Extract<Intent, { kind: K }>) !== false) pending = null;
    };
    take();
    listeners.add(take);
    return () => {
      listeners.delete(take);
    };
  }, [key]);
}
