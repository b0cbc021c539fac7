import { spareInWindow, spareInWindowForAll } from '../shared/capacity/index.ts';
import { rankCandidates, type FreeQuery } from '../shared/planning/who-is-free.ts';
import { figure, progress, targeted, type Row } from './report.ts';
import { describeTiming, timeSync } from './stats.ts';
import { benchWorkspace } from './workspaces.ts';

export const RANK_TARGET_MS = 10;
const PEOPLE = 500;

export function benchRank(): Row[] {
  progress(`rank: ${PEOPLE} people, two-week window`);
  const ws = benchWorkspace(PEOPLE);
  // Wednesday to the Tuesday two weeks later: both ends are partial weeks, the costlier case.
  const query: FreeQuery = {
    hours: 8,
    from: '2026-11-25',
    to: '2026-12-08',
    skills: ['sharepoint'],
    requesterName: ws.requests[0]?.requesterName ?? '',
  };
  const rank = () => rankCandidates(ws.people, spareInWindowForAll(ws, query.from, query.to), ws.requests, query);
  const total = timeSync(rank, { warmup: 10, runs: 50 });
  const spareOnly = timeSync(() => spareInWindowForAll(ws, query.from, query.to), { warmup: 10, runs: 50 });
  const spare = spareInWindowForAll(ws, query.from, query.to);
  const rankOnly = timeSync(() => rankCandidates(ws.people, spare, ws.requests, query), { warmup: 10, runs: 50 });
  // The way "Who is free?" worked before spareInWindowForAll, for comparison; few runs, it is slow.
  const perPerson = timeSync(
    () => new Map(ws.people.map((p) => [p.id, spareInWindow(ws, p.id, query.from, query.to)])),
    { warmup: 1, runs: 5 },
  );
  const part = 'c ranking';
  return [
    targeted(
      part,
      `${PEOPLE} people, 2-week window: spareInWindowForAll + rankCandidates`,
      describeTiming(total),
      `median ≤ ${RANK_TARGET_MS} ms`,
      total.median <= RANK_TARGET_MS,
    ),
    figure(part, '  of which spareInWindowForAll', describeTiming(spareOnly)),
    figure(part, '  of which rankCandidates', describeTiming(rankOnly)),
    figure(part, '  before: spareInWindow per person (500 calls)', describeTiming(perPerson)),
  ];
}
