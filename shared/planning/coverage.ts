import { z } from 'zod';
import { weekDays, type CapacityCell, type CapacityGrid } from '../capacity/index.ts';
import { isActiveOn } from '../people.ts';
import { idSchema, isoWeekSchema, type IsoWeek, type StructuralSupport, type Workspace } from '../schemas/index.ts';

export const coverageReasonSchema = z.enum(['leave', 'placement', 'overbooked']);
export type CoverageReason = z.infer<typeof coverageReasonSchema>;

export const coverageGapSchema = z.object({
  week: isoWeekSchema,
  structuralId: idSchema,
  supported: z.string(),
  personId: idSchema,
  reason: coverageReasonSchema,
  hours: z.number(),
  proposal: z.object({ personId: idSchema, source: z.enum(['backup', 'free']), spare: z.number() }).nullable(),
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

/** The hours a line asks in a week, by its own plan: the person's absence does not shrink the manager's need. */
function plannedHours(line: StructuralSupport, week: IsoWeek, monday: string, sunday: string): number {
  if (line.from > sunday || (line.to !== null && line.to < monday)) return 0;
  return line.exceptions.find((e) => e.week === week)?.hours ?? line.hoursPerWeek;
}

function coveredByOthers(lines: readonly StructuralSupport[], gap: { supported: string; personId: string }, week: IsoWeek, away: Set<string>): boolean {
  const days = weekDays(week);
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

/** Every manager left without their secretary in the grid's weeks, with who could step in. */
export function findCoverageGaps(workspace: Workspace, grid: CapacityGrid): CoverageGap[] {
  const people = new Map(workspace.people.map((p) => [p.id, p]));
  const gaps: CoverageGap[] = [];
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
    const spareOf = new Map(grid.rows.map((r) => [r.personId, r.cells[w]!.spare]));
    const days = weekDays(week);
    const monday = days[0]!;
    for (const { personId, reason } of flagged) {
      for (const line of workspace.structural) {
        if (line.personId !== personId) continue;
        const hours = plannedHours(line, week, monday, days[6]!);
        if (hours <= 0 || coveredByOthers(workspace.structural, line, week, away)) continue;
        gaps.push({ week, structuralId: line.id, supported: line.supported, personId, reason, hours, proposal: propose(line, hours) });
      }
    }

    function propose(line: StructuralSupport, hours: number): CoverageGap['proposal'] {
      const backup = line.backupPersonId;
      if (backup && !away.has(backup) && (spareOf.get(backup) ?? 0) >= hours) {
        return { personId: backup, source: 'backup', spare: spareOf.get(backup)! };
      }
      const skills = new Set(people.get(line.personId)?.skills ?? []);
      const best = [...spareOf]
        .filter(([id, spare]) => id !== line.personId && !away.has(id) && spare >= hours && isActiveOn(people.get(id)!, monday))
        .map(([id, spare]) => ({ id, spare, shared: (people.get(id)?.skills ?? []).filter((s) => skills.has(s)).length }))
        .sort((a, b) => b.shared - a.shared || b.spare - a.spare)[0];
      return best ? { personId: best.id, source: 'free', spare: best.spare } : null;
    }
  });
  return gaps;
}
