import { monthCapacity, weekKey, type CapacityCell } from '../capacity/index.ts';
import { reportedKeyFigures as keyFiguresFor, reportedSeries as monthlySeries } from '../closing/reported-figures.ts';
import { outcomeMonth, requestOutcomes, shiftMonth, weeklyUtilisation, type KeyFigures } from '../dashboard/index.ts';
import { isClosedMonth, revenueByMonth } from '../revenue/index.ts';
import type { IsoDate, Month, Workspace } from '../schemas/index.ts';
import type { MonthlyOverview, PersonMonth, PlacementLine, RequestLine } from './schema.ts';
import { incomeLinesOf, requestsDoneByPerson, valueLinesOf } from './story.ts';

/** A comparison column is shown only where the workspace has figures for that month. */
export function hasData(figures: KeyFigures): boolean {
  const r = figures.requests;
  return (
    figures.revenueCents !== 0 ||
    figures.valueCents !== 0 ||
    figures.hours.total !== 0 ||
    r.done + r.declined + r.deferred > 0
  );
}

export function orNull(figures: KeyFigures): KeyFigures | null {
  return hasData(figures) ? figures : null;
}

const cellKeys = ['contract', 'holiday', 'leave', 'available', 'structural', 'adhoc', 'committed', 'spare'] as const;

function emptyLine(personId: string, name: string): PersonMonth {
  return {
    personId,
    name,
    contract: 0,
    holiday: 0,
    leave: 0,
    available: 0,
    structural: 0,
    placements: 0,
    adhoc: 0,
    committed: 0,
    spare: 0,
    requestsDone: 0,
    utilisation: 0,
  };
}

function addCell(line: PersonMonth, cell: CapacityCell | PersonMonth): void {
  for (const key of cellKeys) line[key] += cell[key];
  line.placements += 'placementsConfirmed' in cell ? cell.placementsConfirmed : cell.placements;
}

function withUtilisation(line: PersonMonth): PersonMonth {
  return { ...line, utilisation: line.available > 0 ? line.committed / line.available : 0 };
}

/**
 * Capacity per person over the calendar month, counted by day like revenue and like the
 * dashboard's activityByMonth, so the team total here equals the dashboard's hours for the month.
 */
function capacityOf(workspace: Workspace, month: Month): MonthlyOverview['capacity'] {
  const [monthly] = monthCapacity(workspace, [month]);
  const names = new Map(workspace.people.map((p) => [p.id, p.name]));
  const done = requestsDoneByPerson(workspace, month);
  const people = (monthly?.rows ?? []).map((row) => {
    const line = emptyLine(row.personId, names.get(row.personId) ?? row.personId);
    addCell(line, row.cell);
    line.requestsDone = done.get(row.personId) ?? 0;
    return withUtilisation(line);
  });
  const total = emptyLine('', '');
  people.forEach((line) => addCell(total, line));
  // A request two people worked on is one request done for the team.
  total.requestsDone = requestOutcomes(workspace.requests, [month]).done;
  return { people: people.filter((p) => p.contract > 0 || p.committed > 0), total: withUtilisation(total) };
}

function placementsOf(workspace: Workspace, month: Month, today: IsoDate): MonthlyOverview['placements'] {
  const [revenue] = revenueByMonth(workspace, [month], today);
  const people = new Map(workspace.people.map((p) => [p.id, p.name]));
  const clients = new Map(workspace.clients.map((c) => [c.id, c.name]));
  const lines: PlacementLine[] = [];
  for (const p of revenue?.placements ?? []) {
    // Proposals are a forecast and never part of revenue; listing them would make the sum disagree.
    if (p.status === 'proposed') continue;
    lines.push({
      placementId: p.placementId,
      personName: people.get(p.personId) ?? p.personId,
      clientName: clients.get(p.clientId) ?? p.clientId,
      status: p.status,
      realised: p.realisedCents !== null,
      hours: p.realisedHours ?? p.plannedHours,
      cents: p.realisedCents ?? p.plannedCents,
    });
  }
  const cents = revenue ? (revenue.totals.realisedCents ?? revenue.totals.plannedCents) : 0;
  const hours = revenue ? (revenue.totals.realisedHours ?? revenue.totals.plannedHours) : 0;
  return { lines, hours, cents };
}

function requestsOf(workspace: Workspace, month: Month): RequestLine[] {
  return workspace.requests
    .filter((r) => outcomeMonth(r) === month)
    .map((r) => ({
      requestId: r.id,
      title: r.title,
      requester: r.requesterName,
      department: r.department,
      status: r.status as RequestLine['status'],
      createdOn: r.createdOn,
      closedOn: r.status === 'deferred' ? null : r.closedOn,
      actualHours: r.actualHours,
      satisfaction: r.satisfaction,
      reason: r.status === 'done' ? '' : r.reason,
    }))
    .sort(
      (a, b) =>
        (a.closedOn ?? a.createdOn).localeCompare(b.closedOn ?? b.createdOn) || a.requestId.localeCompare(b.requestId),
    );
}

/**
 * Every figure of the monthly overview, computed with the dashboard's and revenue's own functions;
 * the months it compares with and charts take a closed month's figures as they were reported.
 * With `personId`, capacity and statements are that one person's (the cover stays the team's).
 */
export function buildMonthlyOverview(
  workspace: Workspace,
  month: Month,
  today: IsoDate,
  personId?: string,
): MonthlyOverview {
  const previousMonth = shiftMonth(month, -1);
  const lastYearMonth = shiftMonth(month, -12);
  const current = keyFiguresFor(workspace, [month], today);
  const trailing = Array.from({ length: 12 }, (_, i) => shiftMonth(month, i - 11));
  const series = monthlySeries(workspace, trailing, today);
  // The previous month is the eleventh point of the trailing series: the same figures, computed once.
  const previousPoint = series[series.length - 2];
  const [lastYearPoint] = monthlySeries(workspace, [lastYearMonth], today);
  const lastYear = orNull(keyFiguresFor(workspace, [lastYearMonth], today));
  const thisMonth = series[series.length - 1]!;
  const clients = workspace.clients
    .filter((c) => (thisMonth.byClient[c.id] ?? 0) !== 0 || (previousPoint?.byClient[c.id] ?? 0) !== 0)
    .map((c) => ({
      clientId: c.id,
      name: c.name,
      cents: thisMonth.byClient[c.id] ?? 0,
      previousCents: previousPoint?.byClient[c.id] ?? 0,
      lastYearCents: lastYear ? (lastYearPoint?.byClient[c.id] ?? 0) : null,
    }));
  const capacity = capacityOf(workspace, month);
  // The same last week as the dashboard's utilisation chart: the month's end, or today while it is open.
  const lastWeek = weekKey(isClosedMonth(month, today) ? `${month}-28` : today);
  return {
    month,
    madeOn: today,
    organisationName: workspace.settings.organisationName,
    commentary: workspace.monthNotes[month] ?? '',
    personId: personId ?? null,
    cover: { current, previous: orNull(keyFiguresFor(workspace, [previousMonth], today)), lastYear, clients },
    series,
    utilisation: weeklyUtilisation(workspace, lastWeek, 26),
    placements: placementsOf(workspace, month, today),
    requests: requestsOf(workspace, month),
    itemised: { income: incomeLinesOf(workspace, month), value: valueLinesOf(workspace, month) },
    capacity: personId ? { ...capacity, people: capacity.people.filter((p) => p.personId === personId) } : capacity,
  };
}
