import { z } from 'zod';
import { contract, isOperationName } from '../../shared/contract/index.ts';
import { DomainError, describeZodError, type Envelope } from '../../shared/contract/errors.ts';
import type { HandlerContext, Handlers } from './handlers/index.ts';
import type { Session } from '../../shared/contract/roles.ts';
import { NO_CALLER, type Caller } from './storage/journal/collisions.ts';

/** Who makes a call: nobody in particular on one computer; a signed-in account on a team server. */
export type CallRequest = { caller: Caller; session: Session | null };
export const LOCAL_CALL: CallRequest = { caller: NO_CALLER, session: null };

type AnyHandler = (input: unknown, ctx: HandlerContext) => unknown;

/**
 * The single entry for every call from any transport: the input is parsed with the operation's
 * schema before anything runs, so a bad input names its field and changes nothing.
 */
export async function dispatch(
  handlers: Handlers,
  ctx: HandlerContext,
  name: string,
  raw: unknown,
  request: CallRequest = LOCAL_CALL,
): Promise<Envelope> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation: ${name}`, field: null } };
  }
  const parsed = contract[name].input.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  try {
    // The handler table is keyed by the same names as the contract, checked by `satisfies Handlers`.
    const handler = handlers[name] as AnyHandler;
    return { ok: true, value: await handler(parsed.data, { ...ctx, operation: name, ...request }) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, error: { code: error.code, message: error.message, field: error.field, ...error.detail } };
    }
    if (error instanceof z.ZodError) return { ok: false, error: describeZodError(error) };
    console.error(`[secretariaat] ${name} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: `${name} failed: ${(error as Error).message}`, field: null },
    };
  }
}
