import { differenceInCalendarDays, parseISO } from 'date-fns';
import { addWeeks, computeCapacityGrid, weekKey, weekRange } from '../capacity/index.ts';
import { isActiveOn } from '../people.ts';
import { warningRuns } from '../planning/overbooking.ts';
import { findCoverageGaps, type CoverageReason } from '../planning/coverage.ts';
import { isOverdue } from '../requests/flags.ts';
import type { IsoDate, IsoWeek, Workspace } from '../schemas/index.ts';
import { addWorkingDays } from './working-days.ts';

/** How far ahead each kind looks; the lead's horizon for each kind of surprise. */
export const TODAY_HORIZON = {
  nearDeadlineWorkingDays: 5,
  placementEndingDays: 30,
  overbookedWeeks: 4,
  uncoveredWeeks: 2,
} as const;

/** In the order the page lists them: promises already broken first, then what is about to go wrong. */
export const todayKinds = [
  'overdue',
  'deferredDue',
  'nearDeadline',
  'placementEnding',
  'overbooked',
  'uncovered',
] as const;
export type TodayKind = (typeof todayKinds)[number];

export type TodayItem =
  | { kind: 'overdue'; requestId: string; title: string; deadline: IsoDate; daysLate: number }
  | {
      kind: 'deferredDue';
      requestId: string;
      title: string;
      week: IsoWeek | null;
      deadline: IsoDate | null;
      deadlinePassed: boolean;
    }
  | { kind: 'nearDeadline'; requestId: string; title: string; deadline: IsoDate; daysLeft: number }
  | { kind: 'placementEnding'; placementId: string; personId: string; clientId: string; to: IsoDate; daysLeft: number }
  | { kind: 'overbooked'; personId: string; first: IsoWeek; last: IsoWeek; weeks: number; lowest: number }
  | {
      kind: 'uncovered';
      structuralId: string;
      supported: string;
      personId: string;
      week: IsoWeek;
      reason: CoverageReason;
      hours: number;
    };

const days = (from: IsoDate, to: IsoDate) => differenceInCalendarDays(parseISO(to), parseISO(from));

function requestItems(workspace: Workspace, today: IsoDate): TodayItem[] {
  const thisWeek = weekKey(today);
  const soon = addWorkingDays(workspace.settings, today, TODAY_HORIZON.nearDeadlineWorkingDays);
  const items: TodayItem[] = [];
  for (const r of workspace.requests) {
    if (isOverdue(r, today)) {
      items.push({
        kind: 'overdue',
        requestId: r.id,
        title: r.title,
        deadline: r.deadline!,
        daysLate: days(r.deadline!, today),
      });
    } else if (r.status === 'deferred') {
      // A deferral whose week has come, or whose deadline went by while it waited, is a decision to take again.
      const weekCame = r.deferredTo !== null && r.deferredTo <= thisWeek;
      const deadlinePassed = r.deadline !== null && r.deadline < today;
      if (weekCame || deadlinePassed)
        items.push({
          kind: 'deferredDue',
          requestId: r.id,
          title: r.title,
          week: r.deferredTo,
          deadline: r.deadline,
          deadlinePassed,
        });
    } else if (r.status === 'new' && r.deadline !== null && r.deadline >= today && r.deadline <= soon) {
      items.push({
        kind: 'nearDeadline',
        requestId: r.id,
        title: r.title,
        deadline: r.deadline,
        daysLeft: days(today, r.deadline),
      });
    }
  }
  return items;
}

function placementItems(workspace: Workspace, today: IsoDate): TodayItem[] {
  return workspace.placements
    .filter(
      (p) =>
        p.status !== 'ended' &&
        p.to !== null &&
        p.to >= today &&
        days(today, p.to) <= TODAY_HORIZON.placementEndingDays,
    )
    .map((p) => ({
      kind: 'placementEnding',
      placementId: p.id,
      personId: p.personId,
      clientId: p.clientId,
      to: p.to!,
      daysLeft: days(today, p.to!),
    }));
}

function planningItems(workspace: Workspace, today: IsoDate): TodayItem[] {
  const weeks = weekRange(weekKey(today), TODAY_HORIZON.overbookedWeeks);
  const active = new Set(workspace.people.filter((p) => isActiveOn(p, today)).map((p) => p.id));
  const grid = computeCapacityGrid(workspace, weeks);
  // The same reading of the grid as the week warnings: one line per run of short weeks of one person.
  const short = grid.rows.flatMap((row) =>
    row.cells.flatMap((cell, i) =>
      active.has(row.personId) && cell.spare < -1e-6
        ? [
            {
              personId: row.personId,
              week: weeks[i]!,
              before: cell.spare,
              after: cell.spare,
              overbooked: true,
              onLeave: false,
            },
          ]
        : [],
    ),
  );
  const overbooked: TodayItem[] = warningRuns(short).map((run) => ({
    kind: 'overbooked',
    personId: run.personId,
    first: run.first,
    last: run.last,
    weeks: run.weeks,
    lowest: run.lowest,
  }));
  const coverWeeks = weeks.filter((w) => w < addWeeks(weeks[0]!, TODAY_HORIZON.uncoveredWeeks));
  const uncovered: TodayItem[] = findCoverageGaps(workspace, computeCapacityGrid(workspace, coverWeeks)).map((gap) => ({
    kind: 'uncovered',
    structuralId: gap.structuralId,
    supported: gap.supported,
    personId: gap.personId,
    week: gap.week,
    reason: gap.reason,
    hours: gap.hours,
  }));
  return [...overbooked, ...uncovered];
}

/** When an item is due, for the order within its kind: the earliest first. */
function dueOf(item: TodayItem): string {
  switch (item.kind) {
    case 'overdue':
    case 'nearDeadline':
      return item.deadline;
    case 'deferredDue':
      return item.week ?? item.deadline ?? '';
    case 'placementEnding':
      return item.to;
    case 'overbooked':
      return item.first;
    case 'uncovered':
      return item.week;
  }
}

/** Everything that needs the lead today, by kind in `todayKinds` order and within a kind the most pressing first. */
export function todayItems(workspace: Workspace, today: IsoDate): TodayItem[] {
  const items = [
    ...requestItems(workspace, today),
    ...placementItems(workspace, today),
    ...planningItems(workspace, today),
  ];
  return items.toSorted(
    (a, b) => todayKinds.indexOf(a.kind) - todayKinds.indexOf(b.kind) || dueOf(a).localeCompare(dueOf(b)),
  );
}
