import { useState } from 'react';

type Read<T> = (stored: string) => T | null;
type Setter<T> = (next: T | ((current: T) => T)) => void;

/**
 * Read once when the component mounts and written only when the value changes: Mantine's
 * useLocalStorage writes the value back on every mount, and a page's first localStorage write
 * cost 12 ms of each start.
 */
function useStoredState<T>(storage: () => Storage, key: string, initial: T, read: Read<T>): [T, Setter<T>] {
  const [value, setValue] = useState<T>(() => {
    const stored = storage().getItem(key);
    return (stored === null ? null : read(stored)) ?? initial;
  });
  const set: Setter<T> = (next) => {
    setValue((current) => {
      const resolved = typeof next === 'function' ? (next as (c: T) => T)(current) : next;
      storage().setItem(key, String(resolved));
      return resolved;
    });
  };
  return [value, set];
}

/**
 * A piece of view state kept in sessionStorage, so leaving a page and coming back finds it as it was,
 * while a new window starts afresh. `read` turns the stored text back into a value, or null when it is
 * not one any more (then `initial` is used).
 */
export function useSessionState<T>(key: string, initial: T, read: Read<T>): [T, Setter<T>] {
  return useStoredState(() => window.sessionStorage, key, initial, read);
}

/** The same, kept in localStorage: remembered on this computer across windows and restarts. */
export function useLocalState<T>(key: string, initial: T, read: Read<T>): [T, Setter<T>] {
  return useStoredState(() => window.localStorage, key, initial, read);
}
