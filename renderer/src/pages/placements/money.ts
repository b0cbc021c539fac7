import type { Language } from '../../../../shared/schemas/index.ts';

/** Euro fields: typed with the user's decimal comma (nl) or point (en), stored as integer cents. */
export function euroInputProps(language: Language) {
  return {
    decimalScale: 2,
    fixedDecimalScale: true,
    min: 0,
    hideControls: true,
    decimalSeparator: language === 'nl' ? ',' : '.',
    thousandSeparator: language === 'nl' ? '.' : ',',
    prefix: '€ ',
  } as const;
}

/** Rounded, not truncated: 0.1 + 0.2 euros typed in a field must not lose a cent. */
export const toCents = (euros: number): number => Math.round(euros * 100);
export const toEuros = (cents: number): number => cents / 100;

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/** `november 2026` / `November 2026`, from the `YYYY-MM` string without any time zone. */
export function formatMonth(month: string, language: Language): string {
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    monthFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)));
}
