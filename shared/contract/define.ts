import type { z } from 'zod';

declare const resultType: unique symbol;

/** One operation of the API: its input schema, and its result type carried only at compile time. */
export type OperationDef<I extends z.ZodType = z.ZodType, R = unknown> = {
  readonly input: I;
  readonly [resultType]?: R;
};

/** `operation<Result>()(inputSchema)`: the result type is given explicitly, the input type is inferred. */
export const operation =
  <R>() =>
  <I extends z.ZodType>(input: I): OperationDef<I, R> => ({ input });

export type AnyContract = Record<string, OperationDef>;
export type InputOf<D> = D extends OperationDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D> = D extends OperationDef<infer I, unknown> ? z.output<I> : never;
export type ResultOf<D> = D extends OperationDef<z.ZodType, infer R> ? R : never;

/** What the renderer calls: one async function per operation. */
export type ClientApi<C extends AnyContract> = {
  [K in keyof C]: (input: InputOf<C[K]>) => Promise<ResultOf<C[K]>>;
};

/** Builds one value per operation name; the single place where an object is typed by the contract's keys. */
export function mapOperations<C extends AnyContract, R>(
  contract: C,
  make: (name: keyof C & string) => R,
): { [K in keyof C]: R } {
  const entries = Object.keys(contract).map((name) => [name, make(name)] as const);
  return Object.fromEntries(entries) as { [K in keyof C]: R };
}
