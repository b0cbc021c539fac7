/**
 * Slows down password guessing: after a few failures for one name, or many from one address
 * (colleagues behind one proxy share it, so it gets more), each further try waits longer
 * (doubling, up to 15 minutes). A success clears the name's count.
 */
const FREE_TRIES = { name: 5, addr: 30 } as const;
/** Long enough that a slow password check (a busy server) cannot outlast it before the next try. */
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

type Record = { failures: number; until: number; last: number };

export function loginThrottle(now: () => number = Date.now) {
  const records = new Map<string, Record>();

  function waitFor(key: string): number {
    const record = records.get(key);
    if (!record) return 0;
    if (now() - record.last > FORGET_AFTER_MS) {
      records.delete(key);
      return 0;
    }
    return Math.max(0, record.until - now());
  }

  return {
    /** Milliseconds to wait before this name may be tried again from this address (0: now). */
    wait: (name: string, address: string): number =>
      Math.max(waitFor(`name:${name.toLowerCase()}`), waitFor(`addr:${address}`)),

    failed(name: string, address: string): void {
      for (const [kind, key] of [
        ['name', `name:${name.toLowerCase()}`],
        ['addr', `addr:${address}`],
      ] as const) {
        const record = records.get(key) ?? { failures: 0, until: 0, last: 0 };
        record.failures += 1;
        record.last = now();
        const over = record.failures - FREE_TRIES[kind];
        record.until = over >= 0 ? now() + Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** over) : 0;
        records.set(key, record);
      }
    },

    succeeded(name: string): void {
      records.delete(`name:${name.toLowerCase()}`);
    },
  };
}
export type LoginThrottle = ReturnType<typeof loginThrottle>;
