import { expect, type APIRequestContext } from '@playwright/test';
import type { WebHostProcess } from './web-host.ts';

type Snapshot = {
  workspace: {
    people: { id: string; name: string; activeTo: string | null }[];
    clients: { id: string; name: string }[];
    structural: { id: string; personId: string; supported: string; to: string | null }[];
    placements: { personId: string; status: string }[];
  };
};

/** Calls one operation on the host as the app does, and fails the test on a refusal. */
export async function callApi<T = unknown>(
  request: APIRequestContext,
  host: WebHostProcess,
  operation: string,
  data: object,
): Promise<T> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const response = await request.post(`${host.origin}/api/${operation}`, {
    data,
    headers: { 'x-secretariaat-token': token },
  });
  const body = (await response.json()) as { ok?: boolean; value: T; error?: unknown };
  expect(response.ok(), `${operation}: ${JSON.stringify(body.error ?? body)}`).toBe(true);
  return body.value;
}

export type TodayWorkspace = {
  overdue: string;
  nearDeadline: string;
  deferred: string;
  placementPerson: string;
  overbookedPerson: { id: string; name: string };
  uncoveredManager: string;
};

const intake = {
  requesterName: 'Mevrouw Jansen',
  department: 'Beleid',
  goal: 'Doel',
  deliverable: 'Stuk',
  estimatedHours: 4,
  doneWhen: 'Als het af is',
  loggedAfterTheFact: false,
};

/**
 * The demo (today is 23 November 2026) with one item of each kind Today lists, made through the
 * app's own operations: a late request, one due this Friday without anyone on it, a deferral whose
 * deadline went by, a placement ending in December, a full-time placement on top of someone's work,
 * and leave for a secretary who is a manager's only support.
 */
export async function buildTodayWorkspace(request: APIRequestContext, host: WebHostProcess): Promise<TodayWorkspace> {
  const { workspace } = await callApi<Snapshot>(request, host, 'getSnapshot', {});
  const overdue = 'Jaarverslag drukproef nakijken';
  const nearDeadline = 'Zaal boeken voor ledenvergadering';
  const deferred = 'Nieuwsbrief december opzetten';
  await callApi(request, host, 'createRequest', { ...intake, title: overdue, deadline: '2026-11-18' });
  await callApi(request, host, 'createRequest', { ...intake, title: nearDeadline, deadline: '2026-11-27' });
  await callApi(request, host, 'createRequest', { ...intake, title: deferred, deadline: '2026-11-20' });
  const { workspace: withRequests } = await callApi<
    Snapshot & { workspace: { requests: { id: string; title: string }[] } }
  >(request, host, 'getSnapshot', {});
  const deferredId = withRequests.requests.find((r) => r.title === deferred)!.id;
  await callApi(request, host, 'deferRequest', { id: deferredId, week: '2026-W50', reason: 'Eerst de begroting' });

  const active = workspace.people.filter((p) => p.activeTo === null);
  // Someone whose only support line is the manager's only one: their leave leaves the manager alone.
  const lines = workspace.structural.filter((l) => l.to === null);
  const solo = lines.find(
    (l) => lines.filter((o) => o.supported === l.supported).length === 1 && active.some((p) => p.id === l.personId),
  )!;
  await callApi(request, host, 'addLeave', {
    personId: solo.personId,
    kind: 'vacation',
    from: '2026-11-30',
    to: '2026-12-04',
    hoursPerDay: null,
  });

  const others = active.filter((p) => p.id !== solo.personId);
  const overbooked = others[0]!;
  const ending = others[1]!;
  const client = workspace.clients[0]!;
  const rates = [{ from: '2026-11-01', cents: 6000 }];
  await callApi(request, host, 'addPlacement', {
    personId: overbooked.id,
    clientId: client.id,
    from: '2026-11-30',
    to: '2026-12-11',
    hoursPerWeek: 60,
    rates,
    status: 'confirmed',
    notes: '',
  });
  await callApi(request, host, 'addPlacement', {
    personId: ending.id,
    clientId: client.id,
    from: '2026-10-01',
    to: '2026-12-16',
    hoursPerWeek: 2,
    rates,
    status: 'confirmed',
    notes: '',
  });
  return {
    overdue,
    nearDeadline,
    deferred,
    placementPerson: ending.name,
    overbookedPerson: overbooked,
    uncoveredManager: solo.supported,
  };
}
