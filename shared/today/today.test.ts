import { describe, expect, it } from 'vitest';
import { leave, person, placement, request, support, workspace } from '../capacity/test-fixtures.ts';
import { todayItems } from './today.ts';
import { addWorkingDays } from './working-days.ts';

// Monday 23 November 2026, week 48; week 49 starts 30 November.
const today = '2026-11-23';
const kinds = (ws: ReturnType<typeof workspace>) => todayItems(ws, today).map((i) => i.kind);

describe('working days', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays(workspace().settings, '2026-11-23', 5)).toBe('2026-11-30');
    expect(addWorkingDays(workspace().settings, '2026-11-27', 1)).toBe('2026-11-30');
  });

  it('skips Christmas when the organisation gives it off', () => {
    // Thursday 24 December 2026; Christmas is the Friday, so the next working day is Monday the 28th.
    expect(addWorkingDays(workspace().settings, '2026-12-24', 1)).toBe('2026-12-28');
  });
});

describe('today items', () => {
  it('is empty for a quiet workspace', () => {
    expect(todayItems(workspace({ people: [person('anna')] }), today)).toEqual([]);
  });

  it('lists promised work past its deadline with the days it is late', () => {
    const ws = workspace({
      requests: [
        request('r1', { status: 'assigned', deadline: '2026-11-20' }),
        request('r2', { status: 'done', deadline: '2026-11-20', actualHours: 2 }),
      ],
    });
    expect(todayItems(ws, today)).toEqual([
      { kind: 'overdue', requestId: 'r1', title: 'Verzoek r1', deadline: '2026-11-20', daysLate: 3 },
    ]);
  });

  it('lists a deferral whose week has come, and one whose deadline passed while it waited, not one still ahead', () => {
    const ws = workspace({
      requests: [
        request('came', { status: 'deferred', deferredTo: '2026-W48', reason: 'later', deadline: null }),
        request('late', { status: 'deferred', deferredTo: '2026-W50', reason: 'later', deadline: '2026-11-11' }),
        request('ahead', { status: 'deferred', deferredTo: '2026-W49', reason: 'later', deadline: '2026-12-18' }),
      ],
    });
    const items = todayItems(ws, today);
    expect(items.map((i) => i.kind === 'deferredDue' && [i.requestId, i.deadlinePassed])).toEqual([
      ['came', false],
      ['late', true],
    ]);
  });

  it('lists unassigned requests due within five working days, not assigned ones or later ones', () => {
    const ws = workspace({
      requests: [
        request('monday', { status: 'new', deadline: '2026-11-30' }),
        request('tuesday', { status: 'new', deadline: '2026-12-01' }),
        request('planned', { status: 'assigned', deadline: '2026-11-25' }),
        request('today', { status: 'new', deadline: today }),
      ],
    });
    expect(todayItems(ws, today)).toEqual([
      { kind: 'nearDeadline', requestId: 'today', title: 'Verzoek today', deadline: today, daysLeft: 0 },
      { kind: 'nearDeadline', requestId: 'monday', title: 'Verzoek monday', deadline: '2026-11-30', daysLeft: 7 },
    ]);
  });

  it('lists placements ending within 30 days, not ended, open-ended or later ones', () => {
    const ws = workspace({
      people: [person('anna', { mon: 8, tue: 8, wed: 8, thu: 8, fri: 8, sat: 0, sun: 0 })],
      placements: [
        placement('soon', 'anna', { to: '2026-12-23', hoursPerWeek: 4 }),
        placement('later', 'anna', { to: '2026-12-24', hoursPerWeek: 4 }),
        placement('open', 'anna', { hoursPerWeek: 4 }),
        placement('ended', 'anna', { to: '2026-12-01', status: 'ended', hoursPerWeek: 4 }),
      ],
    });
    expect(todayItems(ws, today)).toEqual([
      {
        kind: 'placementEnding',
        placementId: 'soon',
        personId: 'anna',
        clientId: 'huurder-1',
        to: '2026-12-23',
        daysLeft: 30,
      },
    ]);
  });

  it('lists a run of overbooked weeks in the next four as one line with the lowest spare', () => {
    const ws = workspace({
      people: [person('anna')],
      // 44 hours a week on a 40-hour contract for weeks 48 and 49; 46 in week 49.
      placements: [
        placement('p1', 'anna', { from: '2026-11-23', to: '2026-12-06', hoursPerWeek: 44 }),
        placement('p2', 'anna', { from: '2026-11-30', to: '2026-12-06', hoursPerWeek: 2 }),
      ],
    });
    const overbooked = todayItems(ws, today).filter((i) => i.kind === 'overbooked');
    expect(overbooked).toEqual([
      { kind: 'overbooked', personId: 'anna', first: '2026-W48', last: '2026-W49', weeks: 2, lowest: -6 },
    ]);
  });

  it('does not look beyond four weeks for overbooking', () => {
    const ws = workspace({
      people: [person('anna')],
      placements: [placement('p1', 'anna', { from: '2026-12-21', to: '2026-12-27', hoursPerWeek: 48 })],
    });
    expect(kinds(ws)).toEqual([]);
  });

  it('lists a manager whose secretary is on leave next week without anyone else, not the week after next', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { supported: 'Directeur', hoursPerWeek: 12 })],
      leave: [leave('l1', 'anna', '2026-11-30', '2026-12-04'), leave('l2', 'anna', '2026-12-07', '2026-12-11')],
    });
    expect(todayItems(ws, today)).toEqual([
      {
        kind: 'uncovered',
        structuralId: 's1',
        supported: 'Directeur',
        personId: 'anna',
        week: '2026-W49',
        reason: 'leave',
        hours: 12,
      },
    ]);
  });

  it('orders the kinds from broken promises to coming trouble', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { hoursPerWeek: 12 })],
      leave: [leave('l1', 'anna', '2026-11-23', '2026-11-27')],
      placements: [placement('p1', 'bram', { from: '2026-11-23', to: '2026-12-04', hoursPerWeek: 48 })],
      requests: [
        request('near', { status: 'new', deadline: '2026-11-24' }),
        request('late', { status: 'in_progress', deadline: '2026-11-01' }),
      ],
    });
    expect(kinds(ws)).toEqual(['overdue', 'nearDeadline', 'placementEnding', 'overbooked', 'uncovered']);
  });
});
