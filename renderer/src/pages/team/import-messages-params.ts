import { formatCount } from '../../../../shared/format.ts';
import type { Language } from '../../../../shared/schemas/index.ts';

/** Numbers in an import message (limits, row numbers) with the user's grouping; text as it came. */
export function localParams(params: Record<string, string | number>, language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'number' ? formatCount(value, language) : value]));
}
