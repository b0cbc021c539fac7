import { monthOf } from '../revenue/months.ts';
import { requestValueCents, valueEntryCents } from '../revenue/value.ts';
import { internalRateOn, shadowRateOn } from '../settings/dated.ts';
import type { Month, Workspace } from '../schemas/index.ts';
import type { IncomeLine, ValueLine } from './schema.ts';

/*
 * The lines behind the cover's "other income" and "value created", so a director sees what was
 * earned and saved, not just two totals. Each amount comes from the same per-entry function the
 * totals add up, so the lines add up to the cover's figures to the cent.
 */

export function incomeLinesOf(workspace: Workspace, month: Month): IncomeLine[] {
  return workspace.income
    .filter((entry) => monthOf(entry.date) === month)
    .map((entry) => ({
      id: entry.id,
      date: entry.date,
      kind: entry.kind,
      description: entry.description,
      cents: entry.amountCents,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Value entries one by one (hours × shadow rate); the month's done requests as one line (hours × internal rate). */
export function valueLinesOf(workspace: Workspace, month: Month): ValueLine[] {
  const { settings } = workspace;
  const entries: ValueLine[] = workspace.value
    .filter((entry) => monthOf(entry.date) === month)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((entry) => ({
      kind: 'entry',
      date: entry.date,
      description: entry.description,
      beneficiary: entry.beneficiary,
      count: 1,
      hours: entry.hours,
      rateCents: shadowRateOn(settings, entry.date),
      cents: valueEntryCents(entry, shadowRateOn(settings, entry.date)),
    }));
  const done = workspace.requests.filter(
    (r) => r.status === 'done' && r.closedOn !== null && monthOf(r.closedOn) === month,
  );
  if (done.length === 0) return entries;
  const requests: ValueLine = {
    kind: 'requests',
    date: null,
    description: '',
    beneficiary: '',
    count: done.length,
    hours: done.reduce((sum, r) => sum + (r.actualHours ?? 0), 0),
    // Each request at the rate in force the day it was closed (the total is exact); the line names the newest.
    rateCents: internalRateOn(
      settings,
      done
        .map((r) => r.closedOn!)
        .sort()
        .at(-1)!,
    ),
    cents: done.reduce((sum, r) => sum + requestValueCents(r, internalRateOn(settings, r.closedOn!)), 0),
  };
  return [...entries, requests];
}

/** Done requests per person in the month: each request counts once for everyone who worked on it. */
export function requestsDoneByPerson(workspace: Workspace, month: Month): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of workspace.requests) {
    if (request.status !== 'done' || request.closedOn === null || monthOf(request.closedOn) !== month) continue;
    for (const personId of new Set(request.assignments.map((a) => a.personId)))
      counts.set(personId, (counts.get(personId) ?? 0) + 1);
  }
  return counts;
}
