import { z } from 'zod';
import type { Workspace } from '../schemas/index.ts';
import type { WorkspacePatch } from '../journal/patch.ts';
import type { OperationName } from './index.ts';

/**
 * In a team workspace: a lead plans and edits; a viewer (a director) sees the dashboard,
 * presentation and reports, without anyone's leave reasons or personal details; an administrator
 * also manages backups and restores.
 */
export const roleSchema = z.enum(['lead', 'viewer', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const sessionSchema = z.object({ name: z.string(), role: roleSchema });
export type Session = z.infer<typeof sessionSchema>;

const VIEWER_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'getSnapshot',
  'changesSince',
  'exportMonthlyOverview',
  'getCapabilities',
]);

/** What only an administrator may do: replace the whole workspace, or reach the server's backups. */
const ADMIN_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'resetWorkspace',
  'restoreBackup',
  'importWorkspace',
  'listBackups',
  'backupNow',
  'showDataFolder',
  'openTeamWorkspace',
]);

export function mayCall(role: Role, operation: OperationName): boolean {
  if (role === 'admin') return true;
  if (role === 'viewer') return VIEWER_OPERATIONS.has(operation);
  return !ADMIN_OPERATIONS.has(operation);
}

/** Whether the screens should offer edits at all. */
export const canEdit = (session: Session | null): boolean => session === null || session.role !== 'viewer';

type LeaveRecord = Workspace['leave'][number];
type PersonRecord = Workspace['people'][number];

/** Leave keeps its hours (the figures need them), not why; people keep no e-mail address. */
function redactRecord(key: string, record: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!record) return record;
  if (key === 'leave') return { ...(record as LeaveRecord), kind: 'other' } satisfies LeaveRecord;
  if (key === 'people') return { ...(record as PersonRecord), email: '' } satisfies PersonRecord;
  return record;
}

export function redactWorkspace(workspace: Workspace): Workspace {
  return {
    ...workspace,
    leave: workspace.leave.map((l) => redactRecord('leave', l) as LeaveRecord),
    people: workspace.people.map((p) => redactRecord('people', p) as PersonRecord),
  };
}

export function redactPatches(patches: readonly WorkspacePatch[]): WorkspacePatch[] {
  return patches.map((patch) => {
    if (patch.kind === 'workspace') return { ...patch, after: redactWorkspace(patch.after) };
    if (patch.kind === 'record')
      return {
        ...patch,
        before: redactRecord(patch.key, patch.before) as typeof patch.before,
        after: redactRecord(patch.key, patch.after) as typeof patch.after,
      };
    return patch;
  });
}
