import { useState } from 'react';

/**
 * A piece of view state kept in sessionStorage, so leaving a page and coming back finds it as it was,
 * while a new window starts afresh. `read` turns the stored text back into a value, or null when it is
 * not one any more (then `initial` is used).
 */
export function useSessionState<T>(
  key: string,
  initial: T,
  read: (stored: string) => T | null,
): [T, (next: T | ((current: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = window.sessionStorage.getItem(key);
    return (stored === null ? null : read(stored)) ?? initial;
  });
  const set = (next: T | ((current: T) => T)) => {
    setValue((current) => {
      const resolved = typeof next === 'function' ? (next as (c: T) => T)(current) : next;
      window.sessionStorage.setItem(key, String(resolved));
      return resolved;
    });
  };
  return [value, set];
}
