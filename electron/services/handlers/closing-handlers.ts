import { figureChanges, liveOverview, reportedOverview } from '../../../shared/closing/index.ts';
import type { closingOperations } from '../../../shared/contract/closing-ops.ts';
import { DomainError } from '../../../shared/contract/errors.ts';
import { isClosedMonth } from '../../../shared/revenue/index.ts';
import type { HandlerContext, HandlersFor } from './context.ts';
import { change } from './context.ts';

function recordOf(ctx: HandlerContext, month: string) {
  return ctx.store.workspace().closedMonths.find((c) => c.id === month);
}

/*
 * The overview is computed before the change, on the plain workspace: building it on the immer draft
 * would read every record through a proxy. The stored issue is the report model itself, so the
 * screen and the three file formats render the month from it exactly as it went out.
 */
export const closingHandlers = {
  closeMonth: ({ month }, ctx) => {
    const today = ctx.clock.today();
    // The current month is still being worked; only a month that has ended has figures to report.
    if (!isClosedMonth(month, today))
      throw new DomainError('invalid_input', 'month: only a month that has ended can be closed', 'month');
    const record = recordOf(ctx, month);
    if (record?.closed) throw new DomainError('conflict', `month: ${month} is already closed`, 'month');
    const overview = liveOverview(ctx.store.workspace(), month, today);
    return change(ctx, (workspace) => {
      const issue = { issuedOn: today, revised: record !== undefined, overview };
      const event = { on: today, kind: 'closed' as const };
      const existing = workspace.closedMonths.find((c) => c.id === month);
      if (existing) {
        existing.closed = true;
        existing.issues.push(issue);
        existing.events.push(event);
      } else {
        workspace.closedMonths.push({ id: month, closed: true, issues: [issue], events: [event] });
        workspace.closedMonths.sort((a, b) => a.id.localeCompare(b.id));
      }
    });
  },

  reissueMonth: ({ month }, ctx) => {
    const today = ctx.clock.today();
    const reported = reportedOverview(ctx.store.workspace(), month);
    if (!reported) throw new DomainError('conflict', `month: ${month} is not closed`, 'month');
    const overview = liveOverview(ctx.store.workspace(), month, today);
    if (figureChanges(reported, overview).length === 0)
      throw new DomainError('conflict', `month: no figure of ${month} changed since it was issued`, 'month');
    return change(ctx, (workspace) => {
      const existing = workspace.closedMonths.find((c) => c.id === month)!;
      existing.issues.push({ issuedOn: today, revised: true, overview });
      existing.events.push({ on: today, kind: 'reissued' });
    });
  },

  reopenMonth: ({ month }, ctx) => {
    if (!recordOf(ctx, month)?.closed) throw new DomainError('conflict', `month: ${month} is not closed`, 'month');
    return change(ctx, (workspace) => {
      const existing = workspace.closedMonths.find((c) => c.id === month)!;
      existing.closed = false;
      existing.events.push({ on: ctx.clock.today(), kind: 'reopened' });
    });
  },
} satisfies HandlersFor<typeof closingOperations>;
