import type { z } from 'zod';
import type { RowProblem } from './types.ts';

/**
 * The first rule of the workspace schema that a record breaks, as a problem on the column it came
 * from. Checked at preview so that what the preview passes is what the write accepts (a
 * 200-character name used to pass the preview and then fail the whole import).
 */
export function schemaProblem(
  schema: z.ZodType,
  record: unknown,
  columnOf: (path: readonly PropertyKey[]) => Pick<RowProblem, 'column' | 'value'>,
): RowProblem | null {
  const result = schema.safeParse(record);
  const issue = result.success ? undefined : result.error.issues[0];
  if (!issue) return null;
  const where = columnOf(issue.path);
  if (issue.code !== 'too_big') return { code: 'invalid_value', ...where };
  const code = issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_big';
  return { code, ...where, limit: Number(issue.maximum) };
}
