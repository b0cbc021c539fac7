import type { dataCareOperations } from '../../../shared/contract/data-care-ops.ts';
import { erasePersonData, exportPersonData, purgeOldLeave } from '../../../shared/privacy/person-data.ts';
import { eraseFromCopies } from '../privacy/erase-files.ts';
import { findIn } from './collections.ts';
import { changed, type HandlerContext, type HandlersFor } from './context.ts';

type PrivacyOps = Pick<typeof dataCareOperations, 'exportPerson' | 'erasePerson' | 'purgeOldLeave'>;

function fileSafe(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'person'
  );
}

export const privacyHandlers = {
  exportPerson: ({ id }, ctx) => {
    const person = findIn(ctx.store.workspace(), 'people', id);
    const data = exportPersonData(ctx.store.workspace(), id, ctx.clock.today());
    if (!data) throw new Error('person vanished between lookup and export');
    return {
      fileName: `${fileSafe(person.name)}-${ctx.clock.today()}.json`,
      content: JSON.stringify(data, null, 2),
      data,
    };
  },

  erasePerson: ({ id }, ctx) => {
    const { name } = findIn(ctx.store.workspace(), 'people', id);
    // Not undoable, and no backup first: an erasure that could be taken back would not be one.
    const update = changed(ctx, () => {
      ctx.store.replace((workspace) => erasePersonData(workspace, id), {
        op: ctx.operation,
        undoable: false,
        caller: ctx.caller,
      });
      ctx.store.eraseFromHistory({ id, name });
    });
    const files = eraseFromCopies(ctx.store.dir, { id, name }, ctx.store.codec);
    return { update, rewrittenFiles: files.rewritten, deletedFiles: files.deleted, uncheckedFiles: files.unchecked };
  },

  purgeOldLeave: (_input, ctx) => {
    let removed = 0;
    const update = changed(ctx, () => {
      removed = purgeLeaveNow(ctx);
    });
    return { update, removed };
  },
} satisfies HandlersFor<PrivacyOps>;

/** Also run when the store opens, so expired leave does not wait for the user to ask. */
export function purgeLeaveNow(ctx: HandlerContext): number {
  const { removed } = purgeOldLeave(ctx.store.workspace(), ctx.clock.today());
  if (removed > 0)
    ctx.store.replace((workspace) => purgeOldLeave(workspace, ctx.clock.today()).workspace, {
      op: 'purgeOldLeave',
      undoable: false,
    });
  return removed;
}
