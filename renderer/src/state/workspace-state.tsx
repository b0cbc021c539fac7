import { createContext, use, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { applyPatches } from '../../../shared/journal/apply.ts';
import type { Api, Snapshot, Update } from '../../../shared/contract/index.ts';
import type { IsoWeek } from '../../../shared/schemas/index.ts';
import { joinRecent } from '../../../shared/contract/recent-part.ts';
import { listenForRevisions } from '../session/session-api.ts';

type Listener = () => void;

/** Other windows and processes on the same folder show up within this long (the issue asks for 2 s). */
export const SYNC_INTERVAL_MS = 1000;

/** A failed ask for the rest of the workspace (host restarting) is tried again after this long. */
const REST_RETRY_MS = 1000;

/**
 * After the next frame is drawn: the rest of the workspace is read (tens of milliseconds at 500
 * people) once the grid is on screen, not before. The timer stands in where no frame comes (a
 * hidden window draws none).
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, 200);
    window.requestAnimationFrame(() => {
      window.clearTimeout(timer);
      window.setTimeout(resolve, 0);
    });
  });
}

/**
 * Holds the latest snapshot from the main process. Commands answer with what changed since a
 * revision; the patches are applied here, so untouched records keep their identity and a view
 * recomputes only what a change touched.
 */
export class WorkspaceState {
  private snapshot: Snapshot | null = null;
  private listeners = new Set<Listener>();
  /** While the snapshot holds only recent requests: the whole workspace, on its way. */
  private rest: Promise<Snapshot> | null = null;
  readonly api: Api;

  constructor(api: Api) {
    this.api = api;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = (): Snapshot | null => this.snapshot;

  set(snapshot: Snapshot): Snapshot {
    this.snapshot = snapshot;
    this.listeners.forEach((l) => l());
    if (snapshot.recentFrom !== null) void this.whole();
    return snapshot;
  }

  async load(): Promise<Snapshot> {
    return this.set(await this.api.getSnapshot({}));
  }

  /**
   * The snapshot with the whole workspace: at once when it is there, else once the rest has
   * arrived. The same promise until then, as React's `use` needs.
   */
  whole(): Promise<Snapshot> {
    const held = this.snapshot;
    if (held && held.recentFrom === null) return Promise.resolve(held);
    this.rest ??= this.fetchRest().finally(() => (this.rest = null));
    return this.rest;
  }

  private async fetchRest(): Promise<Snapshot> {
    await afterNextFrame();
    for (;;) {
      try {
        const whole = await this.api.getSnapshot({});
        const held = this.snapshot;
        // A full load in between (a catch-up that fell back to one) is as new or newer: it stays.
        if (held && held.recentFrom === null) return held;
        return this.set(held ? joinRecent(held, whole) : whole);
      } catch {
        await new Promise((resolve) => window.setTimeout(resolve, REST_RETRY_MS));
      }
    }
  }

  /**
   * Takes in an answer. When this window is not at the answer's base revision (another window
   * changed something in between), it asks for everything since its own revision instead.
   */
  async receive(update: Update): Promise<Snapshot> {
    // Patches are applied to the whole workspace only, so they never land on a part that is then replaced.
    if (this.snapshot?.recentFrom) await this.whole();
    const held = this.snapshot;
    if (!held) return this.load();
    if (held.revision !== update.base) {
      const catchUp = await this.api.changesSince({ revision: held.revision });
      if (catchUp.base !== this.snapshot?.revision) return this.load();
      return this.receive(catchUp);
    }
    const { revision, today, preferences, storage, history, session, patches } = update;
    return this.set({
      revision,
      today,
      preferences,
      storage,
      history,
      session,
      workspace: patches.length > 0 ? applyPatches(held.workspace, patches) : held.workspace,
      recentFrom: null,
    });
  }

  /** Runs a command that answers with an update and makes its result the new state. */
  async apply(command: (api: Api) => Promise<Update>): Promise<Snapshot> {
    return this.receive(await command(this.api));
  }

  /** Asks whether anything changed elsewhere; cheap when nothing did. */
  async sync(): Promise<void> {
    const held = this.snapshot;
    if (!held) return;
    const update = await this.api.changesSince({ revision: held.revision });
    if (update.patches.length > 0 || update.revision !== held.revision) await this.receive(update);
  }
}

const StateContext = createContext<WorkspaceState | null>(null);

export function WorkspaceProvider({ state, children }: { state: WorkspaceState; children: ReactNode }) {
  return <StateContext.Provider value={state}>{children}</StateContext.Provider>;
}

export function useWorkspaceState(): WorkspaceState {
  const state = useContext(StateContext);
  if (!state) throw new Error('useWorkspaceState outside WorkspaceProvider');
  return state;
}

/**
 * The snapshot as it is now, also while it holds only the recent requests (`recentFrom` set): for
 * the shell and the capacity grid, which a start draws before the rest of the workspace arrives.
 * Components below the loading gate can rely on it being there.
 */
export function useRecentSnapshot(): Snapshot {
  const state = useWorkspaceState();
  const snapshot = useSyncExternalStore(state.subscribe, state.current);
  if (!snapshot) throw new Error('useSnapshot before the workspace loaded');
  return snapshot;
}

/**
 * A snapshot with every request that has work in `week` or later (null: every request): the
 * recent part when it holds them, else the whole one (suspending until the rest arrives).
 */
export function useSnapshotFrom(week: IsoWeek | null): Snapshot {
  const state = useWorkspaceState();
  const snapshot = useRecentSnapshot();
  const covers = snapshot.recentFrom === null || (week !== null && week >= snapshot.recentFrom);
  return covers ? snapshot : use(state.whole());
}

/** The snapshot with the whole workspace; a component that asks while only the recent part is there suspends until the rest arrives. */
export function useSnapshot(): Snapshot {
  return useSnapshotFrom(null);
}

export function useMaybeSnapshot(): Snapshot | null {
  const state = useWorkspaceState();
  return useSyncExternalStore(state.subscribe, state.current);
}

/**
 * Keeps this window in step with other windows and processes on the same data folder, and on a
 * team server with colleagues: the server pushes each new revision at once; the poll stays as
 * the fallback when that stream is down.
 */
export function useJournalSync(): void {
  const state = useWorkspaceState();
  const team = useMaybeSnapshot()?.session != null;
  useEffect(() => {
    if (!team) return;
    return listenForRevisions(() => void state.sync().catch(() => undefined));
  }, [state, team]);
  useEffect(() => {
    let busy = false;
    const timer = window.setInterval(() => {
      if (busy) return;
      busy = true;
      // A failed poll (host restarting) is tried again at the next tick; it must not raise an error box.
      state
        .sync()
        .catch(() => undefined)
        .finally(() => (busy = false));
    }, SYNC_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [state]);
}
