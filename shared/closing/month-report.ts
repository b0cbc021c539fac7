import { buildMonthlyOverview } from '../report/build.ts';
import { monthlyOverviewSchema, type MonthlyOverview } from '../report/schema.ts';
import type { ClosedMonth, IsoDate, Month, Workspace } from '../schemas/index.ts';
import { figureChanges, type FigureChange } from './differences.ts';

/** What a report says about its month's closing: when, whether revised, and what changed since. */
export type ClosingInfo = {
  closed: boolean;
  firstIssuedOn: IsoDate;
  /** The issue shown: the first, or the latest revision. */
  issuedOn: IsoDate;
  revised: boolean;
  /** What the shown issue changed against the first one ("herzien"); empty for the first issue. */
  changesSinceFirst: FigureChange[];
  /** Edits made after the shown issue that would change its figures: a correction after closing. */
  corrections: FigureChange[];
  events: ClosedMonth['events'];
};

export type MonthReport = { model: MonthlyOverview; closing: ClosingInfo | null };

const issueOf = (record: ClosedMonth, index: number) => record.issues[index]!.overview as unknown as MonthlyOverview;

/** The workspace as if this month had not been closed: its figures as the records give them today. */
function withMonthOpen(workspace: Workspace, month: Month): Workspace {
  return { ...workspace, closedMonths: workspace.closedMonths.filter((c) => c.id !== month) };
}

/** The month's figures computed from the records now, for closing, for a revision and for the corrections. */
export function liveOverview(workspace: Workspace, month: Month, today: IsoDate): MonthlyOverview {
  return monthlyOverviewSchema.parse(buildMonthlyOverview(withMonthOpen(workspace, month), month, today));
}

function forPerson(model: MonthlyOverview, personId: string | undefined): MonthlyOverview {
  if (!personId) return model;
  return {
    ...model,
    personId,
    capacity: { ...model.capacity, people: model.capacity.people.filter((p) => p.personId === personId) },
  };
}

/**
 * The report of a month. A closed month shows its latest issue exactly as it went out, with what a
 * revision changed and any correction made since; an open or reopened month is computed now.
 */
export function monthReport(workspace: Workspace, month: Month, today: IsoDate, personId?: string): MonthReport {
  const record = workspace.closedMonths.find((c) => c.id === month);
  if (!record) return { model: buildMonthlyOverview(workspace, month, today, personId), closing: null };
  const last = record.issues.length - 1;
  const first = issueOf(record, 0);
  const shown = issueOf(record, last);
  const base = {
    closed: record.closed,
    firstIssuedOn: record.issues[0]!.issuedOn,
    issuedOn: record.issues[last]!.issuedOn,
    revised: record.issues[last]!.revised,
    changesSinceFirst: last > 0 ? figureChanges(first, shown) : [],
    events: record.events,
  };
  if (!record.closed)
    return { model: buildMonthlyOverview(workspace, month, today, personId), closing: { ...base, corrections: [] } };
  const corrections = figureChanges(shown, liveOverview(workspace, month, today));
  return { model: forPerson(shown, personId), closing: { ...base, corrections } };
}
