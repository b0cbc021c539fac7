// First: the contract's schemas must be built jitless (see zod-jitless.ts).
import '../../shared/security/zod-jitless.ts';
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, contract, ipcChannel, mapOperations, type BridgeApi } from '../../shared/contract/index.ts';
import type { Envelope } from '../../shared/contract/errors.ts';

/** Only the contract's operations cross the bridge: no ipcRenderer, no Node, nothing else. */
const bridge = mapOperations(
  contract,
  (name) => (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input) as Promise<Envelope>,
) satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
