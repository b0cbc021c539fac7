import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Api, Snapshot } from '../../../shared/contract/index.ts';

type Listener = () => void;

/** Holds the latest snapshot from the main process; commands replace it with the snapshot they return. */
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

  /** Runs a command that answers with a snapshot and makes that the new state. */
  async apply(command: (api: Api) => Promise<Snapshot>): Promise<Snapshot> {
    return this.set(await command(this.api));
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
