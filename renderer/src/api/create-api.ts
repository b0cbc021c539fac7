import { ApiError, contract, mapOperations, type Api } from '../../../shared/contract/index.ts';
import type { Envelope } from '../../../shared/contract/errors.ts';

export type Invoke = (name: string, input: unknown) => Promise<Envelope>;

/** Turns a transport's raw envelopes into the typed api; failed calls throw ApiError with code and field. */
export function createApi(invoke: Invoke): Api {
  return mapOperations(contract, (name) => async (input: unknown) => {
    const envelope = await invoke(name, input);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value;
  }) as Api;
}
