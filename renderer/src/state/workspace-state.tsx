import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { applyPatches } from '../../../shared/journal/apply.ts';
import type { Api, Snapshot, Update } from '../../../shared/contract/index.ts';
import { listenForRevisions } from '../session/session-api.ts';

type Listener = () => void;

/** Other windows and processes on the same folder show up within this long (the issue asks for 2 s). */
export const SYNC_INTERVAL_MS = 1000;

/**
 * Holds the latest snapshot from the main process. Commands answer with what changed since a
 * revision; the patches are applied here, so untouched records keep their identity and a view
 * recomputes only what a change touched.
 */
export class WorkspaceState {
  private snapshot: Snapshot | null = null;
  private listeners = new Set<Listener>();
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
    return snapshot;
  }

  async load(): Promise<Snapshot> {
    return this.set(await this.api.getSnapshot({}));
  }

  /**
   * Takes in an answer. When this window is not at the answer's base revision (another window
   * changed something in between), it asks for everything since its own revision instead.
   */
  async receive(update: Update): Promise<Snapshot> {
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

/** The snapshot; components below the loading gate can rely on it being there. */
export function useSnapshot(): Snapshot {
  const state = useWorkspaceState();
  const snapshot = useSyncExternalStore(state.subscribe, state.current);
  if (!snapshot) throw new Error('useSnapshot before the workspace loaded');
  return snapshot;
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
