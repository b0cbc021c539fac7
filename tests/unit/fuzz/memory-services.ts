import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { handlers, type HandlerContext } from '../../../electron/services/handlers/index.ts';
import { openWorkspaceStore, type BackendFactory } from '../../../electron/services/storage/workspace-store.ts';
import { fixedClock } from '../../../electron/services/testing/temp-services.ts';
import type { Envelope } from '../../../shared/contract/errors.ts';
import { emptyWorkspace } from '../../../shared/demo/index.ts';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../../shared/schemas/index.ts';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The store code unchanged, over memory instead of conf. Every committed document is frozen, so a
 * handler that changed it outside `store.update` (skipping validation and the write) would throw.
 * `writes` counts documents handed to the backend.
 */
export function memoryBackend(): { factory: BackendFactory; writes: () => number } {
  let writes = 0;
  const factory: BackendFactory = () => {
    let value: Record<string, unknown> = {};
    return {
      get store() {
        return value;
      },
      set store(next) {
        writes += 1;
        value = deepFreeze(next);
      },
    };
  };
  return { factory, writes: () => writes };
}

export type FuzzServices = { context: HandlerContext; call: (name: string, input: unknown) => Promise<Envelope>; writes: () => number };

/** The same wiring as createAppServices, on a small workspace and an empty temp folder. */
export function memoryServices(workspace: Workspace): FuzzServices {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-fuzz-'));
  const backend = memoryBackend();
  const store = openWorkspaceStore({
    dir,
    backend: backend.factory,
    now: fixedClock.now,
    firstStart: () => ({ schemaVersion: CURRENT_SCHEMA_VERSION, preferences: { language: 'nl' }, workspace: structuredClone(workspace) }),
    afterRecovery: () => ({ schemaVersion: CURRENT_SCHEMA_VERSION, preferences: { language: 'nl' }, workspace: emptyWorkspace() }),
  });
  const context: HandlerContext = {
    store,
    clock: fixedClock,
    demoWorkspace: () => structuredClone(workspace),
    emptyWorkspace,
    encryption: { mode: 'none', backend: 'memory', warn: false },
  };
  return { context, call: (name, input) => dispatch(handlers, context, name, input), writes: backend.writes };
}
