/**
 * Excel and LibreOffice run a CSV cell that starts with one of these as a formula (OWASP "CSV
 * injection"): `=HYPERLINK(…)`, `+cmd|' /C calc'!A0`, `@SUM(1)`, `-2+3+cmd|…`. Tab and carriage
 * return count too, because spreadsheet imports trim them and then see the `=` behind them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as it must be written into a CSV: a leading apostrophe makes the spreadsheet show it
 * as text. Checked on the raw text, never on a trimmed copy, so `\t=1+1` cannot slip through.
 * Only for text: the caller writes numbers itself, so `-12,50` stays a number.
 */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
