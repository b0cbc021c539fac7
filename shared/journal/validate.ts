import { z } from 'zod';
import { workspaceSchema } from '../schemas/index.ts';
import type { CollectionKey, WorkspacePatch } from './patch.ts';

/** The schema of one record of a collection; a defaulted collection wraps its array. */
function recordSchemaOf(key: CollectionKey): z.ZodType {
  const schema = workspaceSchema.shape[key];
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodArray<z.ZodType>).element : schema.element;
}

function withPath(schema: z.ZodType, value: unknown, prefix: (string | number)[]): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
}

/**
 * Validates what a change touched, not the whole workspace: a saved change must cost the same with
 * 15 people as with 500 and five years of history. The schema's own output (defaults filled in,
 * text trimmed) is what gets stored, exactly as a whole-document parse would have stored it.
 */
export function validatePatches(patches: readonly WorkspacePatch[]): WorkspacePatch[] {
  return patches.map((patch) => {
    switch (patch.kind) {
      case 'record':
        if (patch.after === null) return patch;
        return {
          ...patch,
          after: withPath(recordSchemaOf(patch.key), patch.after, [
            'workspace',
            patch.key,
            patch.index,
          ]) as typeof patch.after,
        };
      case 'field':
        return { ...patch, after: withPath(workspaceSchema.shape[patch.key], patch.after, ['workspace', patch.key]) };
      case 'workspace':
        return { ...patch, after: withPath(workspaceSchema, patch.after, ['workspace']) as typeof patch.after };
    }
  });
}
