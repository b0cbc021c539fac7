import type { Assignment, IsoWeek } from '../schemas/index.ts';

/** Hours are planned in quarter hours; counting quarters as integers keeps sums exact. */
export function toQuarters(hours: number): number {
  return Math.round(hours * 4);
}

/** Sum of hours, added as quarters so 0.1 + 0.2 style drift never shows up in a total. */
export function totalHours(items: readonly { hours: number }[]): number {
  return items.reduce((sum, item) => sum + toQuarters(item.hours), 0) / 4;
}

/** `total` spread over `parts` in quarter hours; earlier parts take the leftover quarters, so work is front-loaded. */
export function splitEvenly(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const quarters = Math.max(0, toQuarters(total));
  const base = Math.floor(quarters / parts);
  const extra = quarters % parts;
  return Array.from({ length: parts }, (_, i) => (base + (i < extra ? 1 : 0)) / 4);
}

/** Hours over weeks, evenly in quarter hours; a week that would get nothing is left out. */
export function splitHours(total: number, weeks: readonly IsoWeek[]): { week: IsoWeek; hours: number }[] {
  const shares = splitEvenly(total, weeks.length);
  return weeks.map((week, i) => ({ week, hours: shares[i] ?? 0 })).filter((s) => s.hours > 0);
}

/** Hours over people and weeks: each person an even share, each share spread over the weeks. */
export function splitOver(total: number, personIds: readonly string[], weeks: readonly IsoWeek[]): Assignment[] {
  const perPerson = splitEvenly(total, personIds.length);
  return personIds.flatMap((personId, i) => splitHours(perPerson[i] ?? 0, weeks).map((s) => ({ personId, ...s })));
}

/** One line per person and week (hours added up), zero lines dropped, in week order. */
export function mergeAssignments(items: readonly Assignment[]): Assignment[] {
  const merged = new Map<string, Assignment>();
  for (const item of items) {
    const key = `${item.personId}/${item.week}`;
    const existing = merged.get(key);
    if (existing) existing.hours = (toQuarters(existing.hours) + toQuarters(item.hours)) / 4;
    else merged.set(key, { personId: item.personId, week: item.week, hours: item.hours });
  }
  return [...merged.values()].filter((a) => a.hours > 0).sort((a, b) => a.week.localeCompare(b.week));
}
