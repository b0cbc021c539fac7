import type { AnyContract, ClientApi } from './define.ts';
import { closingOperations } from './closing-ops.ts';
import { dataCareOperations } from './data-care-ops.ts';
import { peopleOperations } from './people-ops.ts';
import { planningOperations } from './planning-ops.ts';
import { placementsOperations } from './placements-ops.ts';
import { requestsOperations } from './requests-ops.ts';
import { reportOperations } from './report-ops.ts';
import { seriesOperations } from './series-ops.ts';
import { workspaceOperations } from './workspace-ops.ts';

/** The one contract: every operation of every area, declared once. */
export const contract = {
  ...workspaceOperations,
  ...dataCareOperations,
  ...peopleOperations,
  ...planningOperations,
  ...placementsOperations,
  ...requestsOperations,
  ...seriesOperations,
  ...reportOperations,
  ...closingOperations,
} satisfies AnyContract;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type Api = ClientApi<Contract>;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(contract, name);
}

export * from './define.ts';
export * from './errors.ts';
export * from './snapshot.ts';
export { newPersonSchema } from './people-ops.ts';

/** What the Electron preload exposes: every operation, answering with the raw envelope. */
export type BridgeApi = { [K in OperationName]: (input: unknown) => Promise<import('./errors.ts').Envelope> };
export { BRIDGE_KEY } from './bridge-key.ts';
export const ipcChannel = (name: string): string => `api:${name}`;
export * from './history.ts';
export * from './roles.ts';
