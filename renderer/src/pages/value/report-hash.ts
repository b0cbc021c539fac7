/** `#/report/2026-10`, `#/report/2026-03..2026-08`, either with `/<personId>`: the print page's address. */
export function reportHash(month: string, lastMonth: string, personId: string | null, print = false): string {
  return `#/report/${month}${lastMonth !== month ? `..${lastMonth}` : ''}${personId ? `/${encodeURIComponent(personId)}` : ''}${print ? '?print' : ''}`;
}
