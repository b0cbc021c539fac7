import type { IsoDate, Month, Placement, Workspace } from '../schemas/index.ts';
import { isClosedMonth } from './months.ts';
import { monthCalculator } from './placement-hours.ts';
import { cleanHours, roundCents } from './rounding.ts';
import type { ClientRevenue, MonthRevenue, PlacementMonthHours, PlacementRevenue, RevenueTotals } from './types.ts';

function correctionOf(placement: Placement, month: Month): number {
  return placement.corrections.reduce((sum, c) => (c.month === month ? sum + c.hours : sum), 0);
}

/**
 * Realised = planned + the lead's correction, never below zero. Corrected hours are valued at the
 * rate in force on the month's last day of the placement: a correction is about the month as a
 * whole, and that rate is the one the client is invoiced at for it.
 */
function realised(planned: PlacementMonthHours, correction: number): { hours: number; cents: number } {
  const hours = Math.max(0, cleanHours(planned.hours + correction));
  if (hours === 0) return { hours: 0, cents: 0 };
  const lastRate = planned.segments[planned.segments.length - 1]?.rateCents ?? 0;
  const raw = planned.segments.reduce((sum, s) => sum + s.hours * s.rateCents, 0);
  return { hours, cents: roundCents(raw + (hours - planned.hours) * lastRate) };
}

function placementRevenue(placement: Placement, planned: PlacementMonthHours, closed: boolean): PlacementRevenue {
  const correctionHours = correctionOf(placement, planned.month);
  // A proposal never happened yet, so it has no realised figure even in a closed month.
  const real = closed && placement.status !== 'proposed' ? realised(planned, correctionHours) : null;
  return {
    placementId: placement.id,
    personId: placement.personId,
    clientId: placement.clientId,
    status: placement.status,
    plannedHours: planned.hours,
    plannedCents: planned.cents,
    correctionHours,
    realisedHours: real?.hours ?? null,
    realisedCents: real?.cents ?? null,
  };
}

const emptyTotals = (closed: boolean): RevenueTotals => ({
  plannedHours: 0,
  plannedCents: 0,
  forecastHours: 0,
  forecastCents: 0,
  realisedHours: closed ? 0 : null,
  realisedCents: closed ? 0 : null,
});

function addTo(totals: RevenueTotals, line: PlacementRevenue): void {
  if (line.status === 'proposed') {
    totals.forecastHours = cleanHours(totals.forecastHours + line.plannedHours);
    totals.forecastCents += line.plannedCents;
    return;
  }
  totals.plannedHours = cleanHours(totals.plannedHours + line.plannedHours);
  totals.plannedCents += line.plannedCents;
  if (totals.realisedHours !== null && totals.realisedCents !== null) {
    totals.realisedHours = cleanHours(totals.realisedHours + (line.realisedHours ?? 0));
    totals.realisedCents += line.realisedCents ?? 0;
  }
}

/**
 * Placement revenue per month: each placement overlapping the month, totals per client and for the
 * month. Totals are sums of the per-placement whole cents, so they always add up exactly.
 */
export function revenueByMonth(workspace: Workspace, months: readonly Month[], today: IsoDate): MonthRevenue[] {
  const calculate = monthCalculator(workspace, months);
  const clientOrder = new Map(workspace.clients.map((c, i) => [c.id, i]));
  const orderOf = (id: string) => clientOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return months.map((month) => {
    const closed = isClosedMonth(month, today);
    const placements: PlacementRevenue[] = [];
    for (const placement of workspace.placements) {
      const planned = calculate(placement, month);
      if (planned) placements.push(placementRevenue(placement, planned, closed));
    }
    const byClient = new Map<string, ClientRevenue>();
    const totals = emptyTotals(closed);
    for (const line of placements) {
      let client = byClient.get(line.clientId);
      if (!client) {
        client = { clientId: line.clientId, ...emptyTotals(closed) };
        byClient.set(line.clientId, client);
      }
      addTo(client, line);
      addTo(totals, line);
    }
    const clients = [...byClient.values()].sort(
      (a, b) => orderOf(a.clientId) - orderOf(b.clientId) || a.clientId.localeCompare(b.clientId),
    );
    return { month, closed, placements, clients, totals };
  });
}
