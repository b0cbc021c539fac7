import { useEffect, useState } from 'react';

/**
 * True once the browser is idle after `ready` became true: work that is not on the first screen
 * (the Today count needs the capacity and coverage rules over the whole team) waits until the grid
 * is drawn instead of competing with it.
 */
export function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: 1500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 300);
    return () => clearTimeout(id);
  }, [ready, idle]);
  return idle;
}
