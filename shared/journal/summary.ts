import { z } from 'zod';
import type { Workspace } from '../schemas/index.ts';
import {
  collectionKeySchema,
  fieldKeySchema,
  type AnyRecord,
  type CollectionKey,
  type WorkspacePatch,
} from './patch.ts';

export const changeSubjectSchema = z.object({
  key: z.union([collectionKeySchema, fieldKeySchema]),
  label: z.string(),
  action: z.enum(['added', 'changed', 'removed']),
});
export type ChangeSubject = z.infer<typeof changeSubjectSchema>;

/** What a history line says about a change; the renderer puts it in words, in the user's language. */
export const changeSummarySchema = z.object({
  subjects: z.array(changeSubjectSchema),
  /** How many records and settings the change touched; only the first few are named. */
  count: z.number().int().min(0),
  /** For a request's plan: who got how many hours in which week. */
  assignments: z.array(z.object({ name: z.string(), hours: z.number(), week: z.string() })).default([]),
});
export type ChangeSummary = z.infer<typeof changeSummarySchema>;

const NAMED_SUBJECTS = 3;

function personName(workspace: Workspace, id: string | null | undefined): string {
  return workspace.people.find((p) => p.id === id)?.name ?? '?';
}

function labelOf(key: CollectionKey, record: AnyRecord, workspace: Workspace): string {
  const r = record as Record<string, unknown>;
  switch (key) {
    case 'people':
    case 'clients':
      return String(r.name);
    case 'requests':
      return String(r.title);
    case 'income':
    case 'value':
      return String(r.description);
    case 'structural':
      return `${personName(workspace, r.personId as string)} → ${String(r.supported)}`;
    case 'leave':
      return `${personName(workspace, r.personId as string)} ${String(r.from)} – ${String(r.to)}`;
    case 'placements':
      return `${personName(workspace, r.personId as string)} · ${workspace.clients.find((c) => c.id === r.clientId)?.name ?? '?'}`;
    case 'closedMonths':
      return String(r.id);
    case 'coverDismissals':
      return `${String(r.supported)} ${String(r.from)} – ${String(r.to)}`;
    case 'series':
      return String((r.template as { title?: unknown } | undefined)?.title);
  }
}

function assignmentsOf(record: AnyRecord | null): { personId: string; week: string; hours: number }[] {
  return (record as { assignments?: { personId: string; week: string; hours: number }[] } | null)?.assignments ?? [];
}

/**
 * Names what a change touched, looked up in the workspace as it was (`before`, for what was removed)
 * or became (`after`), so a line stays readable after the records it names are gone.
 */
export function summarize(patches: readonly WorkspacePatch[], before: Workspace, after: Workspace): ChangeSummary {
  const subjects: ChangeSubject[] = [];
  for (const patch of patches.slice(0, NAMED_SUBJECTS)) {
    if (patch.kind === 'workspace') subjects.push({ key: 'settings', label: '', action: 'changed' });
    else if (patch.kind === 'field') subjects.push({ key: patch.key, label: '', action: 'changed' });
    else {
      const record = (patch.after ?? patch.before) as AnyRecord;
      const action = patch.before === null ? 'added' : patch.after === null ? 'removed' : 'changed';
      subjects.push({ key: patch.key, label: labelOf(patch.key, record, patch.after ? after : before), action });
    }
  }
  const only = patches.length === 1 ? patches[0] : undefined;
  const planned =
    only?.kind === 'record' &&
    only.key === 'requests' &&
    JSON.stringify(assignmentsOf(only.before as AnyRecord | null)) !==
      JSON.stringify(assignmentsOf(only.after as AnyRecord | null));
  const assignments = planned
    ? assignmentsOf(only.after as AnyRecord | null).map((a) => ({
        name: personName(after, a.personId),
        hours: a.hours,
        week: a.week,
      }))
    : [];
  return { subjects, count: patches.length, assignments };
}

/**
 * The records a change concerns, for the history filter: each record, and the person it belongs to
 * or assigns. Ids are opaque (`p-1a2b3c4d`): they name nobody, so they may stay readable in the journal.
 */
export function referencesOf(patches: readonly WorkspacePatch[]): string[] {
  const refs = new Set<string>();
  for (const patch of patches) {
    if (patch.kind !== 'record') continue;
    refs.add(`${patch.key}:${patch.id}`);
    for (const record of [patch.before, patch.after]) {
      const personId = (record as { personId?: unknown } | null)?.personId;
      if (typeof personId === 'string') refs.add(`people:${personId}`);
      for (const a of assignmentsOf(record as AnyRecord | null)) refs.add(`people:${a.personId}`);
    }
  }
  return [...refs];
}

/** The records (and whole fields such as settings) that patches write themselves, for telling whether two changes collide. */
export function writtenKeysOf(patches: readonly WorkspacePatch[]): string[] {
  return [
    ...new Set(
      patches.map((patch) =>
        patch.kind === 'record' ? `${patch.key}:${patch.id}` : patch.kind === 'field' ? patch.key : 'workspace',
      ),
    ),
  ];
}
