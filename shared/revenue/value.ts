import type { Cents, Month, SupportRequest, ValueEntry, Workspace } from '../schemas/index.ts';
import { internalRateOn, shadowRateOn } from '../settings/dated.ts';
import { monthOf } from './months.ts';
import { cleanHours, roundCents } from './rounding.ts';
import type { MonthValue } from './types.ts';

/*
 * Value is rounded per entry (and per request), not per month: each entry is shown with its euro
 * amount, and a month's total must be the sum of what the user sees. The rates are dated settings:
 * an entry takes the shadow rate in force on its date, a request the internal rate in force on the
 * day it was closed, so a new rate leaves earlier months as they were.
 */

/** hours × shadow rate, in whole cents. */
export function valueEntryCents(entry: Pick<ValueEntry, 'hours'>, shadowRateCents: Cents): Cents {
  return roundCents(entry.hours * shadowRateCents);
}

/** A done request's actual hours × the internal rate, in whole cents; 0 without actual hours. */
export function requestValueCents(request: Pick<SupportRequest, 'actualHours'>, internalRateCents: Cents): Cents {
  return roundCents((request.actualHours ?? 0) * internalRateCents);
}

/** Value created per month: value entries by their date, done requests by the month they were closed. */
export function valueByMonth(
  workspace: Pick<Workspace, 'value' | 'requests' | 'settings'>,
  months: readonly Month[],
): MonthValue[] {
  const { settings } = workspace;
  const result = new Map<Month, MonthValue>(
    months.map((month) => [
      month,
      { month, entryHours: 0, entryCents: 0, requestHours: 0, requestCents: 0, requestsWithoutHours: [], cents: 0 },
    ]),
  );
  for (const entry of workspace.value) {
    const line = result.get(monthOf(entry.date));
    if (!line) continue;
    line.entryHours = cleanHours(line.entryHours + entry.hours);
    line.entryCents += valueEntryCents(entry, shadowRateOn(settings, entry.date));
  }
  for (const request of workspace.requests) {
    if (request.status !== 'done' || request.closedOn === null) continue;
    const line = result.get(monthOf(request.closedOn));
    if (!line) continue;
    if (request.actualHours === null) line.requestsWithoutHours.push(request.id);
    line.requestHours = cleanHours(line.requestHours + (request.actualHours ?? 0));
    line.requestCents += requestValueCents(request, internalRateOn(settings, request.closedOn));
  }
  return months.map((month) => {
    const line = result.get(month)!;
    return { ...line, cents: line.entryCents + line.requestCents };
  });
}
