import { weekKey } from '../../../shared/capacity/index.ts';
import { DomainError } from '../../../shared/contract/errors.ts';
import type { requestsOperations } from '../../../shared/contract/requests-ops.ts';
import { applyAction, violationsOf, type RequestAction, type RuleViolation } from '../../../shared/requests/index.ts';
import type { SupportRequest, Workspace } from '../../../shared/schemas/index.ts';
import { addTo, findIn, removeFrom, replaceIn, requirePerson } from './collections.ts';
import { change, type HandlerContext, type HandlersFor } from './context.ts';

function broken(v: RuleViolation): DomainError {
  return new DomainError(v.rule === 'notAllowed' ? 'conflict' : 'invalid_input', v.message, v.field, {
    reason: `request_${v.rule}`,
    params: {},
  });
}

function checkClient(workspace: Workspace, clientId: string | null): void {
  if (clientId !== null) findIn(workspace, 'clients', clientId, 'clientId');
}

/** One status change: the rule decides, references are checked, and the whole change is undoable. */
function act(ctx: HandlerContext, id: string, action: RequestAction) {
  return change(ctx, (workspace) => {
    const request = findIn(workspace, 'requests', id);
    if (action.kind === 'assign')
      action.assignments.forEach((a, i) => requirePerson(workspace, a.personId, `assignments.${i}.personId`));
    const result = applyAction(request, action, ctx.clock.today());
    if (!result.ok) throw broken(result.violation);
    replaceIn(workspace, 'requests', result.request);
  });
}

export const requestsHandlers = {
  createRequest: (input, ctx) =>
    change(ctx, (workspace) => {
      const today = ctx.clock.today();
      checkClient(workspace, input.clientId);
      const common = {
        title: input.title,
        requesterName: input.requesterName,
        requesterEmail: input.requesterEmail,
        requesterLanguage: input.requesterLanguage,
        department: input.department,
        clientId: input.clientId,
        goal: input.goal,
        deliverable: input.deliverable,
        windowFrom: input.windowFrom,
        deadline: input.deadline,
        skills: [...new Set(input.skills)],
        urgency: input.urgency,
        requesterSupplies: input.requesterSupplies,
        doneWhen: input.doneWhen,
        deferredTo: null,
        reason: '',
      };
      let request: Omit<SupportRequest, 'id'>;
      if (input.loggedAfterTheFact) {
        if (input.closedOn > today)
          throw new DomainError(
            'invalid_input',
            'closedOn: work logged after the fact cannot be done in the future',
            'closedOn',
            { reason: 'closed_in_future', params: {} },
          );
        if (input.doneBy !== null) requirePerson(workspace, input.doneBy, 'doneBy');
        request = {
          ...common,
          // Without an estimate, what it took is the best one there is.
          estimatedHours: input.estimatedHours > 0 ? input.estimatedHours : input.actualHours,
          status: 'done',
          createdOn: input.closedOn,
          closedOn: input.closedOn,
          // Booked in the week it was done, so the capacity of that week shows where the hours went.
          assignments:
            input.doneBy === null
              ? []
              : [{ personId: input.doneBy, week: weekKey(input.closedOn), hours: input.actualHours }],
          actualHours: input.actualHours,
          satisfaction: input.satisfaction,
          loggedAfterTheFact: true,
        };
      } else {
        if (input.receivedOn !== null && input.receivedOn > today)
          throw new DomainError('invalid_input', 'receivedOn: a request cannot arrive in the future', 'receivedOn', {
            reason: 'received_in_future',
            params: {},
          });
        request = {
          ...common,
          estimatedHours: input.estimatedHours,
          status: 'new',
          // A request taken from a mail counts from the day the mail came in.
          createdOn: input.receivedOn ?? today,
          closedOn: null,
          assignments: [],
          actualHours: null,
          satisfaction: null,
          loggedAfterTheFact: false,
        };
      }
      const problem = violationsOf({ ...request, id: 'new' })[0];
      if (problem) throw broken(problem);
      addTo(workspace, 'requests', 'r', request);
    }),

  updateRequest: ({ id, ...fields }, ctx) =>
    change(ctx, (workspace) => {
      const request = findIn(workspace, 'requests', id);
      checkClient(workspace, fields.clientId);
      replaceIn(workspace, 'requests', { ...request, ...fields, skills: [...new Set(fields.skills)] });
    }),

  assignRequest: ({ id, assignments }, ctx) => act(ctx, id, { kind: 'assign', assignments }),
  startRequest: ({ id }, ctx) => act(ctx, id, { kind: 'start' }),
  completeRequest: ({ id, actualHours, satisfaction }, ctx) =>
    act(ctx, id, { kind: 'complete', actualHours, satisfaction }),
  declineRequest: ({ id, reason }, ctx) => act(ctx, id, { kind: 'decline', reason }),
  deferRequest: ({ id, week, reason }, ctx) => act(ctx, id, { kind: 'defer', week, reason }),
  reopenRequest: ({ id }, ctx) => act(ctx, id, { kind: 'reopen' }),
  deleteRequest: ({ id }, ctx) => change(ctx, (workspace) => removeFrom(workspace, 'requests', id)),
} satisfies HandlersFor<typeof requestsOperations>;
