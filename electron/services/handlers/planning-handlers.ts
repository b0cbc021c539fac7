import { computeCapacityGrid, gridSheet, weekDays, weekRange } from '../../../shared/capacity/index.ts';
import { exportCapacityGrid } from '../export/capacity-xlsx.ts';
import { DomainError } from '../../../shared/contract/errors.ts';
import type { planningOperations } from '../../../shared/contract/planning-ops.ts';
import type { StructuralSupport, Workspace } from '../../../shared/schemas/index.ts';
import { addTo, findIn, removeFrom, replaceIn, requirePerson } from './collections.ts';
import { change, type HandlersFor } from './context.ts';

function checkSupport(workspace: Workspace, line: Omit<StructuralSupport, 'id'>): void {
  requirePerson(workspace, line.personId, 'personId');
  if (line.backupPersonId === null) return;
  requirePerson(workspace, line.backupPersonId, 'backupPersonId');
  if (line.backupPersonId === line.personId) {
    throw new DomainError('invalid_input', 'backupPersonId: the backup must be someone else', 'backupPersonId', {
      reason: 'backup_is_self',
      params: {},
    });
  }
}

export const planningHandlers = {
  exportCapacityGrid: async (input, ctx) => {
    const { workspace, preferences } = ctx.store.document();
    const grid = computeCapacityGrid(workspace, weekRange(input.firstWeek, input.weeks));
    const names = new Map(workspace.people.map((p) => [p.id, p.name]));
    const sheet = gridSheet(grid, names, input.personIds, input.includeProposed);
    return {
      files: await exportCapacityGrid(
        sheet,
        preferences.language,
        workspace.settings.organisationName,
        ctx.clock.today(),
      ),
    };
  },
  addStructural: (input, ctx) =>
    change(ctx, (workspace) => {
      checkSupport(workspace, input);
      addTo(workspace, 'structural', 's', input);
    }),

  updateStructural: (input, ctx) =>
    change(ctx, (workspace) => {
      checkSupport(workspace, input);
      replaceIn(workspace, 'structural', input);
    }),

  removeStructural: ({ id }, ctx) => change(ctx, (workspace) => removeFrom(workspace, 'structural', id)),

  setStructuralWeek: ({ id, week, hours }, ctx) =>
    change(ctx, (workspace) => {
      const line = findIn(workspace, 'structural', id);
      const others = line.exceptions.filter((e) => e.week !== week);
      line.exceptions =
        hours === null ? others : [...others, { week, hours }].sort((a, b) => a.week.localeCompare(b.week));
    }),

  addLeave: (input, ctx) =>
    change(ctx, (workspace) => {
      requirePerson(workspace, input.personId, 'personId');
      addTo(workspace, 'leave', 'l', input);
    }),

  updateLeave: (input, ctx) =>
    change(ctx, (workspace) => {
      requirePerson(workspace, input.personId, 'personId');
      replaceIn(workspace, 'leave', input);
    }),

  removeLeave: ({ id }, ctx) => change(ctx, (workspace) => removeFrom(workspace, 'leave', id)),

  acceptCover: ({ structuralId, from, to, covers }, ctx) =>
    change(ctx, (workspace) => {
      const line = findIn(workspace, 'structural', structuralId, 'structuralId');
      for (const { personId, hours } of covers) {
        requirePerson(workspace, personId, 'personId');
        if (personId === line.personId) {
          throw new DomainError('invalid_input', 'personId: cover must come from someone else', 'personId', {
            reason: 'cover_is_self',
            params: {},
          });
        }
        // A support line for the same manager over the run: it shows in the cover's capacity and marks the manager covered.
        addTo(workspace, 'structural', 's', {
          personId,
          supported: line.supported,
          backupPersonId: null,
          hoursPerWeek: hours,
          from: weekDays(from)[0]!,
          to: weekDays(to)[6]!,
          exceptions: [],
        });
      }
    }),

  dismissCover: (input, ctx) =>
    change(ctx, (workspace) => {
      if (!workspace.structural.some((l) => l.supported === input.supported)) {
        throw new DomainError('not_found', 'supported: no support line names this manager', 'supported');
      }
      addTo(workspace, 'coverDismissals', 'cd', { ...input, decidedOn: ctx.clock.today() });
    }),

  restoreCover: ({ id }, ctx) => change(ctx, (workspace) => removeFrom(workspace, 'coverDismissals', id)),
} satisfies HandlersFor<typeof planningOperations>;
