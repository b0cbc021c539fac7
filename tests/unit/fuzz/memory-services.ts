import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { handlers, type HandlerContext } from '../../../electron/services/handlers/index.ts';
import { openWorkspaceStore, type BackendFactory } from '../../../electron/services/storage/workspace-store.ts';
import { fixedClock } from '../../../electron/services/testing/temp-services.ts';
import { NO_CALLER } from '../../../electron/services/storage/journal/collisions.ts';
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

/** Preferences in memory; the workspace itself is the real journal in a temp folder. */
export const memoryBackend: BackendFactory = () => {
  let value: Record<string, unknown> = {};
  return {
    get store() {
      return value;
    },
    set store(next) {
      value = deepFreeze(next);
    },
  };
};

/**
 * `writes` counts journal rows: a refused call must leave it, and the (immer-frozen) workspace
 * object, exactly as they were.
 */
export type FuzzServices = {
  context: HandlerContext;
  call: (name: string, input: unknown) => Promise<Envelope>;
  writes: () => number;
};

/** The same wiring as createAppServices, on a small workspace and an empty temp folder. */
export function memoryServices(workspace: Workspace): FuzzServices {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-fuzz-'));
  const store = openWorkspaceStore({
    dir,
    backend: memoryBackend,
    now: fixedClock.now,
    firstStart: () => ({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      preferences: { language: 'nl' },
      workspace: structuredClone(workspace),
    }),
    afterRecovery: () => ({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      preferences: { language: 'nl' },
      workspace: emptyWorkspace(),
    }),
  });
  const context: HandlerContext = {
    store,
    clock: fixedClock,
    operation: '',
    caller: NO_CALLER,
    session: null,
    demoWorkspace: () => structuredClone(workspace),
    emptyWorkspace,
    encryption: { mode: 'none', backend: 'memory', warn: false },
  };
  return { context, call: (name, input) => dispatch(handlers, context, name, input), writes: () => store.revision() };
}
