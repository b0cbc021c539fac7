/**
 * Each section keeps its own texts beside its code; English must have exactly the keys of Dutch,
 * which the type checks. `defineMessages(nl, en)` returns both for the registry in index.ts.
 */
export type MessageTree = { [key: string]: string | MessageTree };

export function defineMessages<T extends MessageTree>(nl: T, en: NoInfer<T>): { nl: T; en: T } {
  return { nl, en };
}
