import { CURRENT_SCHEMA_VERSION, type StoredDocument, type Workspace } from '../../shared/schemas/index.ts';
import type { Envelope } from '../../shared/contract/errors.ts';
import { emptyWorkspace, generateDemoWorkspace } from '../../shared/demo/index.ts';
import { dispatch } from './dispatch.ts';
import { handlers, type Clock, type HandlerContext } from './handlers/index.ts';
import { purgeLeaveNow } from './handlers/privacy-handlers.ts';
import { openWorkspaceStore, type BackendFactory, type OpenStoreOptions } from './storage/workspace-store.ts';
import { noEncryption, type EncryptionSetup } from './storage/encryption/encryption-setup.ts';
import { NO_CALLER, type Caller } from './storage/journal/collisions.ts';

export type AppServices = {
  context: HandlerContext;
  call: (name: string, input: unknown, caller?: Caller) => Promise<Envelope>;
};

export const DEMO_SIZE = 15;

function documentWith(workspace: Workspace): StoredDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, preferences: { language: 'nl' }, workspace };
}

/** Everything behind the API, as plain Node: the Electron main process and the web host both start here. */
export function createAppServices(options: {
  dataDir: string;
  backend: BackendFactory;
  clock: Clock;
  /** Size of the demo team; benchmarks start the host with a large one. */
  demoPeople?: number;
  /** The workspace of a first start, instead of the demo (benchmarks bring their own history). */
  firstStart?: () => Workspace;
  /** Tests inject migration steps to prove a failed upgrade leaves the file as it was. */
  migrations?: OpenStoreOptions['migrations'];
  /** Plain storage unless the host found a data key (see encryption-setup.ts). */
  encryption?: EncryptionSetup;
}): AppServices {
  const { clock } = options;
  const encryption = options.encryption ?? noEncryption('not set up', false);
  const demoWorkspace = () => generateDemoWorkspace({ people: options.demoPeople ?? DEMO_SIZE, today: clock.today() });
  const store = openWorkspaceStore({
    dir: options.dataDir,
    backend: options.backend,
    now: clock.now,
    firstStart: () => documentWith(options.firstStart?.() ?? demoWorkspace()),
    afterRecovery: () => documentWith(emptyWorkspace()),
    migrations: options.migrations,
    codec: encryption.codec,
  });
  const context: HandlerContext = { store, clock, operation: '', caller: NO_CALLER, demoWorkspace, emptyWorkspace, encryption: encryption.status };
  // Leave past the retention period from Settings goes at every start, not only when the user asks.
  purgeLeaveNow(context);
  return { context, call: (name, input, caller) => dispatch(handlers, context, name, input, caller) };
}
