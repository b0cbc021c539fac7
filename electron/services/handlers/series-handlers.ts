import { DomainError } from '../../../shared/contract/errors.ts';
import type { seriesOperations } from '../../../shared/contract/series-ops.ts';
import { changeFrom, leadDaysOf, planSeries, stopAfter } from '../../../shared/requests/index.ts';
import type { RequestSeries, SupportRequest, Workspace } from '../../../shared/schemas/index.ts';
import { addTo, findIn, removeFrom, replaceIn } from './collections.ts';
import { change, type HandlersFor } from './context.ts';

/** Adds the occurrences that are due to one series and remembers how far it is planned. */
function plan(workspace: Workspace, series: RequestSeries, today: string): void {
  const { add, plannedThrough } = planSeries(series, workspace.requests, workspace.settings, today);
  for (const request of add) addTo(workspace, 'requests', 'r', request);
  if (plannedThrough !== series.plannedThrough) replaceIn(workspace, 'series', { ...series, plannedThrough });
}

/** The occurrence and the series it belongs to, or an error saying this request is a one-off. */
function occurrenceOf(workspace: Workspace, id: string): { request: SupportRequest; series: RequestSeries } {
  const request = findIn(workspace, 'requests', id);
  if (request.seriesId === undefined || request.occurrenceDate === undefined) {
    throw new DomainError('conflict', 'id: this request is not part of a series', 'id', {
      reason: 'not_in_series',
      params: {},
    });
  }
  return { request, series: findIn(workspace, 'series', request.seriesId, 'id') };
}

export const seriesHandlers = {
  createSeries: ({ rule, template }, ctx) =>
    change(ctx, (workspace) => {
      if (template.clientId !== null) findIn(workspace, 'clients', template.clientId, 'template.clientId');
      const today = ctx.clock.today();
      const id = addTo(workspace, 'series', 's', {
        rule,
        template: { ...template, skills: [...new Set(template.skills)] },
        plannedThrough: null,
        createdOn: today,
      });
      plan(workspace, findIn(workspace, 'series', id), today);
    }),

  planSeries: (_input, ctx) =>
    change(ctx, (workspace) => {
      const today = ctx.clock.today();
      for (const series of [...workspace.series]) plan(workspace, series, today);
    }),

  changeSeriesFrom: ({ id, ...fields }, ctx) =>
    change(ctx, (workspace) => {
      const { request, series } = occurrenceOf(workspace, id);
      if (fields.clientId !== null) findIn(workspace, 'clients', fields.clientId, 'clientId');
      const skills = [...new Set(fields.skills)];
      replaceIn(workspace, 'requests', { ...request, ...fields, skills });
      const { windowFrom, deadline, ...expectations } = fields;
      const template = { ...expectations, skills, leadDays: leadDaysOf(windowFrom, deadline) };
      const next = changeFrom(series, request.occurrenceDate!, template, workspace.requests);
      replaceIn(workspace, 'series', next.series);
      for (const rewritten of next.rewrite) replaceIn(workspace, 'requests', rewritten);
    }),

  stopSeries: ({ id }, ctx) =>
    change(ctx, (workspace) => {
      const { request, series } = occurrenceOf(workspace, id);
      const stopped = stopAfter(series, request.occurrenceDate!, workspace.requests);
      replaceIn(workspace, 'series', stopped.series);
      for (const gone of stopped.remove) removeFrom(workspace, 'requests', gone);
    }),
} satisfies HandlersFor<typeof seriesOperations>;
