import { DomainError } from '../../../shared/contract/errors.ts';
import type { dataCareOperations } from '../../../shared/contract/data-care-ops.ts';
import { previewPeople } from '../../../shared/import/people.ts';
import { previewPlacements } from '../../../shared/import/placements.ts';
import type { ImportPreview } from '../../../shared/import/types.ts';
import { cancelJob, runJob } from '../import/import-jobs.ts';
import { readTable } from '../import/read-table.ts';
import { addTo } from './collections.ts';
import { change, type HandlerContext, type HandlersFor } from './context.ts';

type ImportOps = Pick<typeof dataCareOperations, 'previewImport' | 'applyImport' | 'cancelImport'>;
type ImportInput = { kind: 'people' | 'placements'; fileName: string; base64: string; jobId?: string | undefined };

async function preview(input: ImportInput, ctx: HandlerContext): Promise<ImportPreview> {
  const table = await runJob(input.jobId, (signal) => readTable(input.fileName, input.base64, signal));
  const workspace = ctx.store.document().workspace;
  return input.kind === 'people'
    ? previewPeople(table, workspace, ctx.clock.today())
    : previewPlacements(table, workspace);
}

export const importHandlers = {
  previewImport: (input, ctx) => preview(input, ctx),

  /** The file is read again rather than trusting a preview from the renderer: what is written is what was checked. */
  applyImport: async (input, ctx) => {
    const result = await preview(input, ctx);
    if (result.rows.length === 0)
      throw new DomainError('invalid_input', 'base64: the file has no rows to import', 'base64', {
        reason: 'no_rows',
        params: {},
      });
    const bad = result.rows.find((r) => r.problem !== null);
    if (bad?.problem) {
      throw new DomainError(
        'invalid_input',
        `row ${bad.row}: ${bad.problem.code} in column "${bad.problem.column}" (${bad.problem.value}); nothing was imported`,
        'base64',
      );
    }
    ctx.store.backup('before-import');
    // One journaled change for all rows: every record is validated and it is written once, all or nothing.
    return change(ctx, (workspace) => {
      if (result.kind === 'people') result.rows.forEach((r) => r.record && addTo(workspace, 'people', 'p', r.record));
      else result.rows.forEach((r) => r.record && addTo(workspace, 'placements', 'pl', r.record));
    });
  },
  cancelImport: (input) => ({ cancelled: cancelJob(input.jobId) }),
} satisfies HandlersFor<ImportOps>;
