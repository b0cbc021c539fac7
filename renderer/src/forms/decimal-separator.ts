import type { Language } from '../../../shared/schemas/index.ts';

/** What a number field accepts and shows between whole and fraction: Dutch users type a comma. */
export function decimalSeparator(language: Language): ',' | '.' {
  return language === 'nl' ? ',' : '.';
}
