import type { SupportRequest, Workspace } from '../shared/schemas/index.ts';

/**
 * The workspace after one more hour of ad-hoc work for one person, built the way the renderer
 * receives a change (immer-style structural sharing): a new requests array and a new request, every
 * other person, collection and record the same object as before.
 */
export function withOneMoreAssignmentHour(ws: Workspace, bump: number): Workspace {
  const index = ws.requests.findIndex((r) => r.status === 'assigned' && r.assignments.length > 0);
  const request = ws.requests[index];
  const [first, ...rest] = request?.assignments ?? [];
  if (!request || !first) throw new Error('the bench workspace has no assigned request');
  const changed: SupportRequest = { ...request, assignments: [{ ...first, hours: first.hours + bump }, ...rest] };
  const requests = ws.requests.with(index, changed);
  return { ...ws, requests };
}
