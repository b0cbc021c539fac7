import { formatCount } from '../../../shared/format.ts';
import type { Language } from '../../../shared/schemas/index.ts';

/** Numbers in an import message (limits, row numbers) with the user's grouping; text as it came. */
export function localParams<K extends string>(
  params: Record<K, string | number>,
  language: Language,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string | number>(params).map(([key, value]) => [
      key,
      typeof value === 'number' ? formatCount(value, language) : value,
    ]),
  ) as Record<K, string>;
}
