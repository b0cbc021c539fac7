import { subMonths, format, parseISO } from 'date-fns';
import type { Leave, Person, Placement, StructuralSupport, Workspace } from '../schemas/index.ts';

export type PersonExport = {
  exportedOn: string;
  person: Person;
  /** Structural support this person gives. */
  structural: StructuralSupport[];
  /** Structural lines of colleagues where this person is the named backup. */
  backupFor: Pick<StructuralSupport, 'id' | 'supported' | 'from' | 'to'>[];
  leave: Leave[];
  placements: (Placement & { clientName: string })[];
  requestAssignments: { requestId: string; title: string; week: string; hours: number }[];
};

/** Everything the workspace holds about one person, for a subject-access request (GDPR art. 15). */
export function exportPersonData(workspace: Workspace, personId: string, today: string): PersonExport | null {
  const person = workspace.people.find((p) => p.id === personId);
  if (!person) return null;
  const clientName = (id: string) => workspace.clients.find((c) => c.id === id)?.name ?? id;
  return {
    exportedOn: today,
    person,
    structural: workspace.structural.filter((s) => s.personId === personId),
    backupFor: workspace.structural
      .filter((s) => s.backupPersonId === personId)
      .map(({ id, supported, from, to }) => ({ id, supported, from, to })),
    leave: workspace.leave.filter((l) => l.personId === personId),
    placements: workspace.placements
      .filter((p) => p.personId === personId)
      .map((p) => ({ ...p, clientName: clientName(p.clientId) })),
    requestAssignments: workspace.requests.flatMap((r) =>
      r.assignments
        .filter((a) => a.personId === personId)
        .map((a) => ({ requestId: r.id, title: r.title, week: a.week, hours: a.hours })),
    ),
  };
}

export const ERASED = '[verwijderd]';

function replaceStrings<T>(value: T, replace: (text: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return replace(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** Replaces the full name wherever a free-text field mentions it (notes, reasons), keeping the rest of the text. */
export function scrubName<T>(value: T, name: string): T {
  if (name.trim() === '') return value;
  const text = JSON.stringify(value);
  if (!text.includes(JSON.stringify(name).slice(1, -1))) return value;
  return replaceStrings(value, (v) => v.split(name).join(ERASED));
}

/**
 * Removes a person and everything that refers to them (GDPR art. 17). Requests themselves stay:
 * they belong to the requester and the team's history; only this person's assignments leave them.
 * Structural lines they were the backup for stay too, without a backup.
 */
export function erasePersonData(workspace: Workspace, personId: string): Workspace {
  const person = workspace.people.find((p) => p.id === personId);
  const erased: Workspace = {
    ...workspace,
    people: workspace.people.filter((p) => p.id !== personId),
    structural: workspace.structural
      .filter((s) => s.personId !== personId)
      .map((s) => (s.backupPersonId === personId ? { ...s, backupPersonId: null } : s)),
    leave: workspace.leave.filter((l) => l.personId !== personId),
    placements: workspace.placements.filter((p) => p.personId !== personId),
    requests: workspace.requests.map((r) =>
      r.assignments.some((a) => a.personId === personId)
        ? { ...r, assignments: r.assignments.filter((a) => a.personId !== personId) }
        : r,
    ),
    // A closed month keeps its figures as reported (totals, rows): the person's row stays, unnamed and without their id.
    closedMonths: replaceStrings(workspace.closedMonths, (v) => (v === personId ? ERASED : v)),
  };
  return person ? scrubName(erased, person.name) : erased;
}

/** Leave that ended more than `months` before today; kept no longer than the period set in Settings. */
export function purgeOldLeave(workspace: Workspace, today: string): { workspace: Workspace; removed: number } {
  const cutoff = format(subMonths(parseISO(today), workspace.settings.leaveRetentionMonths), 'yyyy-MM-dd');
  const leave = workspace.leave.filter((l) => l.to >= cutoff);
  return { workspace: { ...workspace, leave }, removed: workspace.leave.length - leave.length };
}
