import { CURRENT_SCHEMA_VERSION, type StoredDocument, type Workspace } from '../../shared/schemas/index.ts';
import type { Envelope } from '../../shared/contract/errors.ts';
import { emptyWorkspace, generateDemoWorkspace } from '../../shared/demo/index.ts';
import { dispatch, type CallRequest } from './dispatch.ts';
import { handlers, type Clock, type HandlerContext } from './handlers/index.ts';
import { purgeLeaveNow } from './handlers/privacy-handlers.ts';
import {
  openWorkspaceStore,
  type BackendFactory,
  type OpenStoreOptions,
  type WorkspaceStore,
} from './storage/workspace-store.ts';
import { noEncryption, type EncryptionSetup } from './storage/encryption/encryption-setup.ts';
import { NO_CALLER } from './storage/journal/collisions.ts';

export type AppServices = {
  context: HandlerContext;
  call: (name: string, input: unknown, request?: CallRequest) => Promise<Envelope>;
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
  /** Where the journal lives instead of the data folder's file (a team server's PostgreSQL). */
  openStore?: (firstStart: () => StoredDocument) => WorkspaceStore;
}): AppServices {
  const { clock } = options;
  const encryption = options.encryption ?? noEncryption('not set up', false);
  const demoWorkspace = () => generateDemoWorkspace({ people: options.demoPeople ?? DEMO_SIZE, today: clock.today() });
  const firstStart = () => documentWith(options.firstStart?.() ?? demoWorkspace());
  const store =
    options.openStore?.(firstStart) ??
    openWorkspaceStore({
      dir: options.dataDir,
      backend: options.backend,
      now: clock.now,
      firstStart,
      afterRecovery: () => documentWith(emptyWorkspace()),
      migrations: options.migrations,
      codec: encryption.codec,
    });
  const context: HandlerContext = {
    store,
    clock,
    operation: '',
    caller: NO_CALLER,
    session: null,
    demoWorkspace,
    emptyWorkspace,
    encryption: encryption.status,
  };
  // Leave past the retention period from Settings goes at every start, not only when the user asks.
  purgeLeaveNow(context);
  return { context, call: (name, input, request) => dispatch(handlers, context, name, input, request) };
}
