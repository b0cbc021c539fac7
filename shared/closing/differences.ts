import { z } from 'zod';
import type { MonthlyOverview } from '../report/schema.ts';

export const figureKeySchema = z.enum([
  'revenue',
  'placementRevenue',
  'otherIncome',
  'value',
  'client',
  'placementHours',
  'hoursStructural',
  'hoursPlacements',
  'hoursAdhoc',
  'hoursTotal',
  'utilisation',
  'done',
  'declined',
  'deferred',
  'contract',
  'holiday',
  'leave',
  'available',
  'spare',
]);
export type FigureKey = z.infer<typeof figureKeySchema>;

/** One reported figure that is now different; `label` names the client for a client's revenue. */
export const figureChangeSchema = z.object({
  figure: figureKeySchema,
  label: z.string(),
  kind: z.enum(['money', 'hours', 'percent', 'count']),
  reported: z.number(),
  now: z.number(),
});
export type FigureChange = z.infer<typeof figureChangeSchema>;

type Figure = Omit<FigureChange, 'reported' | 'now'> & { value: number };

/** The figures a director reads in a month's report, each with what it measures. */
function figuresOf(model: MonthlyOverview): Figure[] {
  const k = model.cover.current;
  const t = model.capacity.total;
  const f = (figure: FigureKey, kind: Figure['kind'], value: number, label = ''): Figure => ({
    figure,
    label,
    kind,
    value,
  });
  return [
    f('revenue', 'money', k.revenueCents),
    f('placementRevenue', 'money', k.placementCents),
    f('otherIncome', 'money', k.otherIncomeCents),
    f('value', 'money', k.valueCents),
    ...model.cover.clients.map((c) => f('client', 'money', c.cents, c.name)),
    f('placementHours', 'hours', model.placements.hours),
    f('hoursStructural', 'hours', k.hours.structural),
    f('hoursPlacements', 'hours', k.hours.placements),
    f('hoursAdhoc', 'hours', k.hours.adhoc),
    f('hoursTotal', 'hours', k.hours.total),
    f('utilisation', 'percent', k.utilisation),
    f('done', 'count', k.requests.done),
    f('declined', 'count', k.requests.declined),
    f('deferred', 'count', k.requests.deferred),
    f('contract', 'hours', t.contract),
    f('holiday', 'hours', t.holiday),
    f('leave', 'hours', t.leave),
    f('available', 'hours', t.available),
    f('spare', 'hours', t.spare),
  ];
}

/** Below what a report shows (a hundredth of an hour, a hundredth of a percentage point): float noise, not a change. */
const shown = (kind: Figure['kind'], value: number) =>
  kind === 'percent' ? Math.round(value * 10_000) : kind === 'hours' ? Math.round(value * 100) : value;

/**
 * Every figure that differs between two versions of a month's report, in report order. A client
 * that appears in only one of them counts as 0 in the other.
 */
export function figureChanges(reported: MonthlyOverview, now: MonthlyOverview): FigureChange[] {
  const keyOf = (x: Figure) => `${x.figure}|${x.label}`;
  const before = figuresOf(reported);
  const after = new Map(figuresOf(now).map((x) => [keyOf(x), x]));
  const changes: FigureChange[] = [];
  for (const old of before) {
    const next = after.get(keyOf(old));
    after.delete(keyOf(old));
    const value = next?.value ?? 0;
    if (shown(old.kind, old.value) !== shown(old.kind, value))
      changes.push({ figure: old.figure, label: old.label, kind: old.kind, reported: old.value, now: value });
  }
  for (const added of after.values())
    changes.push({ figure: added.figure, label: added.label, kind: added.kind, reported: 0, now: added.value });
  return changes;
}
