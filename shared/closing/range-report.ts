import { monthsOf, previousPeriod, rangePeriod, shiftMonth, type MonthPoint } from '../dashboard/index.ts';
import { orNull } from '../report/build.ts';
import type { MonthlyOverview, PersonMonth, PlacementLine } from '../report/schema.ts';
import type { IsoDate, Month, Workspace } from '../schemas/index.ts';
import { monthReport, type MonthReport } from './month-report.ts';
import { reportedKeyFigures, reportedSeries } from './reported-figures.ts';

/*
 * The overview of a chosen range of whole months. It adds up each month's own report, so a closed
 * month counts as it was issued, exactly as in the dashboard; the cover takes the dashboard's
 * reported key figures for the range, so a range of a quarter's three months gives the quarter's
 * figures to the cent.
 */

const sums = [
  'contract',
  'holiday',
  'leave',
  'available',
  'structural',
  'placements',
  'adhoc',
  'committed',
  'spare',
  'requestsDone',
] as const;

function addLine(into: PersonMonth, line: PersonMonth): PersonMonth {
  const sum = { ...into };
  for (const key of sums) sum[key] += line[key];
  return { ...sum, utilisation: sum.available > 0 ? sum.committed / sum.available : 0 };
}

function mergeCapacity(parts: MonthlyOverview[]): MonthlyOverview['capacity'] {
  const people = new Map<string, PersonMonth>();
  for (const part of parts) {
    for (const line of part.capacity.people)
      people.set(line.personId, people.has(line.personId) ? addLine(people.get(line.personId)!, line) : line);
  }
  const total = parts.slice(1).reduce((sum, part) => addLine(sum, part.capacity.total), parts[0]!.capacity.total);
  return { people: [...people.values()], total };
}

/** One line per placement over the range; realised only when every month of it was. */
function mergePlacements(parts: MonthlyOverview[]): MonthlyOverview['placements'] {
  const lines = new Map<string, PlacementLine>();
  for (const line of parts.flatMap((p) => p.placements.lines)) {
    const seen = lines.get(line.placementId);
    lines.set(
      line.placementId,
      seen
        ? {
            ...line,
            realised: seen.realised && line.realised,
            hours: seen.hours + line.hours,
            cents: seen.cents + line.cents,
          }
        : line,
    );
  }
  return {
    lines: [...lines.values()],
    hours: parts.reduce((s, p) => s + p.placements.hours, 0),
    cents: parts.reduce((s, p) => s + p.placements.cents, 0),
  };
}

function byClient(points: MonthPoint[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const point of points)
    for (const [id, cents] of Object.entries(point.byClient)) totals.set(id, (totals.get(id) ?? 0) + cents);
  return totals;
}

/** The overview of `first`…`last` (checked with `rangeProblem`); a one-month range is that month's own report. */
export function rangeReport(
  workspace: Workspace,
  first: Month,
  last: Month,
  today: IsoDate,
  personId?: string,
): MonthReport {
  if (first === last) return monthReport(workspace, first, today, personId);
  const period = rangePeriod(first, last);
  const months = monthsOf(period);
  const before = monthsOf(previousPeriod(period));
  const lastYearMonths = months.map((m) => shiftMonth(m, -12));
  const parts = months.map((m) => monthReport(workspace, m, today, personId).model);
  // The charts show at least the usual trailing year, and the whole range when it is longer.
  const trailing = Array.from({ length: Math.max(12, months.length) }, (_, i) =>
    shiftMonth(last, i + 1 - Math.max(12, months.length)),
  );
  const series = reportedSeries(workspace, trailing, today);
  const previous = orNull(reportedKeyFigures(workspace, before, today));
  const lastYear = orNull(reportedKeyFigures(workspace, lastYearMonths, today));
  const now = byClient(series.slice(-months.length));
  const then = byClient(reportedSeries(workspace, before, today));
  const yearAgo = byClient(reportedSeries(workspace, lastYearMonths, today));
  const clients = workspace.clients
    .filter((c) => (now.get(c.id) ?? 0) !== 0 || (then.get(c.id) ?? 0) !== 0)
    .map((c) => ({
      clientId: c.id,
      name: c.name,
      cents: now.get(c.id) ?? 0,
      previousCents: then.get(c.id) ?? 0,
      lastYearCents: lastYear ? (yearAgo.get(c.id) ?? 0) : null,
    }));
  const model: MonthlyOverview = {
    month: first,
    lastMonth: last,
    madeOn: today,
    organisationName: workspace.settings.organisationName,
    // The lead's commentary belongs to one month; a range has none of its own.
    commentary: '',
    personId: personId ?? null,
    cover: { current: reportedKeyFigures(workspace, months, today), previous, lastYear, clients },
    series,
    utilisation: parts.at(-1)!.utilisation,
    placements: mergePlacements(parts),
    requests: parts.flatMap((p) => p.requests),
    itemised: { income: parts.flatMap((p) => p.itemised.income), value: parts.flatMap((p) => p.itemised.value) },
    capacity: mergeCapacity(parts),
  };
  return { model, closing: null };
}
