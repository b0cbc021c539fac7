import type { Contract, IsoWeek, Workspace } from '../schemas/index.ts';
import { mondayIndex } from './day-index.ts';
import { sortedContracts } from './availability.ts';
import { allocationsOf } from './person-index.ts';
import { cellAt, computePerson, createScratch } from './person-capacity.ts';
import { makeSpan, offsetOf } from './span.ts';
import type { Span } from './span.ts';
import type { CellBreakdown, CellItems } from './types.ts';

function contractsInWeek(span: Span, contracts: readonly Contract[]): Contract[] {
  return contracts.filter((c, i) => {
    const next = contracts[i + 1];
    const starts = offsetOf(span, c.from);
    const ends = next ? offsetOf(span, next.from) - 1 : Number.POSITIVE_INFINITY;
    return starts <= 6 && ends >= 0 && starts <= ends;
  });
}

/**
 * One cell of the grid with the records behind each line, for the detail panel. Items are listed
 * even at 0 hours (support skipped by an exception, leave on a holiday) because that explains a
 * number. Returns null for a person who is not (or no longer) in the workspace.
 */
export function cellBreakdown(workspace: Workspace, personId: string, week: IsoWeek): CellBreakdown | null {
  const person = workspace.people.find((p) => p.id === personId);
  if (!person) return null;
  const monday = mondayIndex(week);
  if (Number.isNaN(monday)) throw new RangeError(`No such ISO week: ${week}`);
  const span = makeSpan(workspace.settings, monday, 1);
  const items: CellItems = {
    contracts: contractsInWeek(span, sortedContracts(person)),
    holidays: [],
    leave: [],
    structural: [],
    placements: [],
    adhoc: [],
  };
  const pw = computePerson(span, person, allocationsOf(workspace, personId), createScratch(span), {
    leave: (l, hours) => items.leave.push({ id: l.id, kind: l.kind, hours }),
    structural: (s, hours, exception) => items.structural.push({ id: s.id, supported: s.supported, hours, exception }),
    placement: (p, hours) => items.placements.push({ id: p.id, clientId: p.clientId, status: p.status, hours }),
    adhoc: (request, assignment) =>
      items.adhoc.push({ requestId: request.id, title: request.title, hours: assignment.hours }),
  });
  for (const h of span.holidays) items.holidays.push({ date: h.date, key: h.key, hours: pw.daily[h.offset] ?? 0 });
  return { ...cellAt(pw, 0), personId, week, items };
}
