import { z } from 'zod';
import { daysOff, weekDays, type CapacityCell, type CapacityGrid } from '../capacity/index.ts';
import {
  idSchema,
  isoWeekSchema,
  type IsoDate,
  type IsoWeek,
  type StructuralSupport,
  type Workspace,
} from '../schemas/index.ts';

export const coverageReasonSchema = z.enum(['leave', 'placement', 'overbooked']);
export type CoverageReason = z.infer<typeof coverageReasonSchema>;

/** One support line left uncovered in one week; the cover view groups these into runs per manager. */
export const coverageGapSchema = z.object({
  week: isoWeekSchema,
  structuralId: idSchema,
  supported: z.string(),
  personId: idSchema,
  reason: coverageReasonSchema,
  hours: z.number(),
});
export type CoverageGap = z.infer<typeof coverageGapSchema>;

/**
 * Why a secretary cannot serve their managers this week: away for at least half of their working
 * hours, or booked beyond their hours (by a placement, or by everything together).
 */
export function absenceReason(cell: CapacityCell): CoverageReason | null {
  const workable = cell.contract - cell.holiday;
  if (workable <= 0) return null;
  if (cell.leave * 2 >= workable) return 'leave';
  if (cell.spare < 0) return cell.placementsConfirmed > 0 ? 'placement' : 'overbooked';
  return null;
}

/**
 * The hours a line asks in a week, by its own plan: the secretary's absence does not shrink the
 * manager's need, but the organisation's days off do, as the manager is off then too. Counting a
 * Christmas week as a full week of need is what filled the view with gaps nobody could cover.
 */
function neededHours(
  line: StructuralSupport,
  week: IsoWeek,
  days: readonly IsoDate[],
  off: ReadonlyMap<IsoDate, unknown>,
): number {
  const monday = days[0]!;
  const sunday = days[6]!;
  if (line.from > sunday || (line.to !== null && line.to < monday)) return 0;
  const planned = line.exceptions.find((e) => e.week === week)?.hours ?? line.hoursPerWeek;
  const workdays = days.slice(0, 5);
  const open = workdays.filter((d) => !off.has(d) && d >= line.from && (line.to === null || d <= line.to)).length;
  return (planned * open) / workdays.length;
}

function coveredByOthers(
  lines: readonly StructuralSupport[],
  gap: { supported: string; personId: string },
  days: readonly IsoDate[],
  away: Set<string>,
): boolean {
  const monday = days[0]!;
  const sunday = days[6]!;
  return lines.some(
    (l) =>
      l.supported === gap.supported &&
      l.personId !== gap.personId &&
      !away.has(l.personId) &&
      l.from <= sunday &&
      (l.to === null || l.to >= monday),
  );
}

/** Every manager left without their secretary in the grid's weeks, one entry per line and week. */
export function findCoverageGaps(workspace: Workspace, grid: CapacityGrid): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  if (grid.weeks.length === 0) return gaps;
  const years = grid.weeks.map((w) => Number(w.slice(0, 4)));
  const off = daysOff(workspace.settings, Math.min(...years), Math.max(...years) + 1);
  grid.weeks.forEach((week, w) => {
    const away = new Set<string>();
    const flagged: { personId: string; reason: CoverageReason }[] = [];
    for (const row of grid.rows) {
      const reason = absenceReason(row.cells[w]!);
      if (reason) {
        away.add(row.personId);
        flagged.push({ personId: row.personId, reason });
      }
    }
    const days = weekDays(week);
    for (const { personId, reason } of flagged) {
      for (const line of workspace.structural) {
        if (line.personId !== personId) continue;
        const hours = neededHours(line, week, days, off);
        if (hours <= 0 || coveredByOthers(workspace.structural, line, days, away)) continue;
        gaps.push({ week, structuralId: line.id, supported: line.supported, personId, reason, hours });
      }
    }
  });
  return gaps;
}
