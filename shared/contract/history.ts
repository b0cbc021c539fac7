import { z } from 'zod';
import { changeSummarySchema } from '../journal/summary.ts';
import { workspacePatchSchema } from '../journal/patch.ts';

/** One line of the history panel. `undo`/`redo` lines carry the summary of the change they took back or redid. */
export const historyEntrySchema = z.object({
  revision: z.number().int(),
  at: z.string(),
  op: z.string(),
  kind: z.enum(['change', 'undo', 'redo', 'system']),
  /** For a change: `undone` while it is taken back (and can be redone). */
  state: z.enum(['done', 'undone', 'fixed']),
  target: z.number().int().nullable(),
  summary: changeSummarySchema.nullable(),
  /** Who made it, in a team workspace; null on one computer. */
  author: z.string().nullable().default(null),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What the header's Undo and Redo would do now. */
export const historyStatusSchema = z.object({
  undo: historyEntrySchema.nullable(),
  redo: historyEntrySchema.nullable(),
});
export type HistoryStatus = z.infer<typeof historyStatusSchema>;

export const historyFilterSchema = z
  .object({
    personId: z.string().max(64).optional(),
    requestId: z.string().max(64).optional(),
    /** Lines older than this revision (for paging back). */
    before: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

export { workspacePatchSchema };
