import { describe, expect, it } from 'vitest';
import { request } from '../capacity/test-fixtures.ts';
import type { RequestStatus } from '../schemas/index.ts';
import { actionsFor, applyAction, violationsOf, type RequestAction } from './status.ts';

const today = '2026-11-23'; // a Monday in 2026-W48
const fresh = request('r1', { status: 'new', assignments: [] });
const planned = request('r2', { status: 'assigned', assignments: [{ personId: 'anna', week: '2026-W49', hours: 6 }] });

function rejected(req: typeof fresh, action: RequestAction) {
  const result = applyAction(req, action, today);
  if (result.ok) throw new Error('expected the rule to refuse');
  return result.violation;
}

function accepted(req: typeof fresh, action: RequestAction) {
  const result = applyAction(req, action, today);
  if (!result.ok) throw new Error(result.violation.message);
  return result.request;
}

describe('the status flow', () => {
  it.each<[RequestStatus, string[]]>([
    ['new', ['assign', 'defer', 'decline']],
    ['assigned', ['assign', 'start', 'complete', 'defer', 'decline']],
    ['in_progress', ['assign', 'complete', 'decline']],
    ['deferred', ['assign', 'defer', 'decline', 'reopen']],
    ['declined', ['reopen']],
    ['done', ['reopen']],
  ])('offers from %s: %j', (status, actions) => {
    expect(actionsFor(status)).toEqual(actions);
  });

  it('runs new → assigned → in progress → done', () => {
    const assigned = accepted(fresh, {
      kind: 'assign',
      assignments: [{ personId: 'anna', week: '2026-W49', hours: 8 }],
    });
    expect(assigned.status).toBe('assigned');
    const started = accepted(assigned, { kind: 'start' });
    expect(started.status).toBe('in_progress');
    const done = accepted(started, { kind: 'complete', actualHours: 7.5, satisfaction: 4 });
    expect(done).toMatchObject({ status: 'done', actualHours: 7.5, satisfaction: 4, closedOn: today });
    expect(done.assignments).toEqual(assigned.assignments);
  });

  it('refuses a move the flow does not have, naming the status', () => {
    expect(rejected(fresh, { kind: 'start' })).toMatchObject({ field: 'status', rule: 'notAllowed' });
    expect(rejected(fresh, { kind: 'complete', actualHours: 2, satisfaction: null })).toMatchObject({
      field: 'status',
    });
    expect(rejected(request('r', { status: 'done', actualHours: 3 }), { kind: 'decline', reason: 'x' })).toMatchObject({
      field: 'status',
    });
  });

  it('needs a reason to decline, and frees the planned hours', () => {
    expect(rejected(planned, { kind: 'decline', reason: '   ' })).toMatchObject({
      field: 'reason',
      rule: 'reasonRequired',
    });
    const declined = accepted(planned, { kind: 'decline', reason: ' Hoort bij de afdeling zelf ' });
    expect(declined).toMatchObject({
      status: 'declined',
      reason: 'Hoort bij de afdeling zelf',
      closedOn: today,
      assignments: [],
    });
  });

  it('needs a later week and a reason to defer', () => {
    expect(rejected(fresh, { kind: 'defer', week: null, reason: 'Drukte' })).toMatchObject({
      field: 'week',
      rule: 'weekRequired',
    });
    expect(rejected(fresh, { kind: 'defer', week: '2026-W48', reason: 'Drukte' })).toMatchObject({
      field: 'week',
      rule: 'weekNotLater',
    });
    expect(rejected(fresh, { kind: 'defer', week: '2026-W49', reason: '' })).toMatchObject({
      field: 'reason',
      rule: 'reasonRequired',
    });
    const deferred = accepted(planned, { kind: 'defer', week: '2026-W49', reason: 'Geen capaciteit deze week' });
    expect(deferred).toMatchObject({ status: 'deferred', deferredTo: '2026-W49', assignments: [], closedOn: null });
  });

  it('needs the actual hours to close, and a satisfaction from 1 to 5 if one is given', () => {
    expect(rejected(planned, { kind: 'complete', actualHours: null, satisfaction: 5 })).toMatchObject({
      field: 'actualHours',
      rule: 'actualHoursRequired',
    });
    expect(rejected(planned, { kind: 'complete', actualHours: 0, satisfaction: null })).toMatchObject({
      field: 'actualHours',
    });
    expect(rejected(planned, { kind: 'complete', actualHours: 4, satisfaction: 6 })).toMatchObject({
      field: 'satisfaction',
    });
    expect(accepted(planned, { kind: 'complete', actualHours: 4, satisfaction: null }).satisfaction).toBeNull();
  });

  it('needs at least one share with hours to assign, and merges shares for the same person and week', () => {
    expect(rejected(fresh, { kind: 'assign', assignments: [] })).toMatchObject({
      field: 'assignments',
      rule: 'noAssignments',
    });
    expect(
      rejected(fresh, { kind: 'assign', assignments: [{ personId: 'anna', week: '2026-W49', hours: 0 }] }),
    ).toMatchObject({ field: 'assignments.0.hours' });
    const merged = accepted(fresh, {
      kind: 'assign',
      assignments: [
        { personId: 'bram', week: '2026-W50', hours: 2 },
        { personId: 'anna', week: '2026-W49', hours: 1.25 },
        { personId: 'bram', week: '2026-W50', hours: 0.5 },
      ],
    });
    expect(merged.assignments).toEqual([
      { personId: 'anna', week: '2026-W49', hours: 1.25 },
      { personId: 'bram', week: '2026-W50', hours: 2.5 },
    ]);
  });

  it('keeps running work running when it is re-planned', () => {
    const running = { ...planned, status: 'in_progress' as const };
    expect(
      accepted(running, { kind: 'assign', assignments: [{ personId: 'cees', week: '2026-W49', hours: 3 }] }).status,
    ).toBe('in_progress');
  });

  it('reopens closed work as it stood: planned again if it had people, else new', () => {
    const done = request('r', {
      status: 'done',
      actualHours: 5,
      satisfaction: 3,
      closedOn: '2026-11-20',
      assignments: planned.assignments,
    });
    expect(accepted(done, { kind: 'reopen' })).toMatchObject({
      status: 'assigned',
      actualHours: null,
      satisfaction: null,
      closedOn: null,
    });
    const declined = request('r', { status: 'declined', reason: 'Nee', closedOn: '2026-11-20', assignments: [] });
    expect(accepted(declined, { kind: 'reopen' })).toMatchObject({ status: 'new', reason: '', closedOn: null });
  });

  it('checks a stored request whatever route it came by', () => {
    expect(violationsOf(request('r', { status: 'done', actualHours: null }))).toMatchObject([{ field: 'actualHours' }]);
    expect(violationsOf(request('r', { status: 'deferred', reason: '', deferredTo: null }))).toMatchObject([
      { field: 'reason' },
      { field: 'deferredTo' },
    ]);
    expect(violationsOf(planned)).toEqual([]);
  });
});
