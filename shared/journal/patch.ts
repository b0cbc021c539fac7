import { z } from 'zod';
import { workspaceSchema, type Workspace } from '../schemas/index.ts';

/** The workspace keys that hold records with an id; a change to one of them is journaled per record. */
export const collectionKeySchema = z.enum([
  'people',
  'structural',
  'leave',
  'clients',
  'placements',
  'requests',
  'income',
  'value',
  'closedMonths',
  'coverDismissals',
  'series',
]);
export type CollectionKey = z.infer<typeof collectionKeySchema>;
export const fieldKeySchema = z.enum(['demo', 'settings', 'monthNotes']);
export type FieldKey = z.infer<typeof fieldKeySchema>;

const recordSchema = z.looseObject({ id: z.string() });

/**
 * One journaled difference. Records are addressed by id, not by position, so a delete in the middle
 * of 14,000 requests is one patch (immer's own array patches would shift every later index), and a
 * patch still finds its record after another process inserted elsewhere. `before` and `after` make
 * every patch its own inverse; `index` puts a new or restored record back where it stood.
 */
export const workspacePatchSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('record'),
    key: collectionKeySchema,
    id: z.string(),
    index: z.number().int().min(0),
    before: recordSchema.nullable(),
    after: recordSchema.nullable(),
  }),
  z.object({ kind: z.literal('field'), key: fieldKeySchema, before: z.unknown(), after: z.unknown() }),
  /** A whole workspace at once: what the renderer gets when it is too far behind to catch up patch by patch. */
  z.object({ kind: z.literal('workspace'), after: workspaceSchema }),
]);
export type WorkspacePatch = z.infer<typeof workspacePatchSchema>;
export type RecordPatch = Extract<WorkspacePatch, { kind: 'record' }>;

export const COLLECTION_KEYS = collectionKeySchema.options;
export const FIELD_KEYS = fieldKeySchema.options;

export type AnyRecord = Workspace[CollectionKey][number];
