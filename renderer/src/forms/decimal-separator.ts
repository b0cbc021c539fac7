import type { Language } from '../../../shared/schemas/index.ts';

/** What a number field accepts and shows between whole and fraction: Dutch users type a comma. */
export function decimalSeparator(language: Language): ',' | '.' {
  return language === 'nl' ? ',' : '.';
}

/** The props every hours field shares: quarter hours, two decimals, the language's separator. */
export function hoursInputProps(language: Language) {
  return {
    min: 0,
    step: 0.25,
    decimalScale: 2,
    hideControls: true,
    decimalSeparator: decimalSeparator(language),
  } as const;
}
