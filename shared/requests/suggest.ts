import { spareInWindowForAll } from '../capacity/index.ts';
import { rankCandidates, type Candidate } from '../planning/who-is-free.ts';
import type { IsoDate, SupportRequest, Workspace } from '../schemas/index.ts';
import { planningWindow } from './flags.ts';

export type Suggestions = { from: IsoDate; to: IsoDate; hours: number; candidates: Candidate[] };

/**
 * "Who is free?" for one request: its hours, its planning window and its skills. The request's
 * own current plan is left out, so re-planning it does not count its hours against the people
 * already on it, nor as "helped this requester before".
 */
export function suggestFor(workspace: Workspace, request: SupportRequest, today: IsoDate): Suggestions {
  const { from, to } = planningWindow(request, today);
  const others = { ...workspace, requests: workspace.requests.filter((r) => r.id !== request.id) };
  const spare = spareInWindowForAll(others, from, to);
  const hours = request.estimatedHours;
  const candidates = rankCandidates(workspace.people, spare, others.requests, {
    hours,
    from,
    to,
    skills: request.skills,
    requesterName: request.requesterName,
  });
  return { from, to, hours, candidates };
}
