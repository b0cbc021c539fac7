import { describe, expect, it } from 'vitest';
import { request } from '../capacity/test-fixtures.ts';
import { ageInDays, isOverdue, isUnassignedCloseToDeadline, planningWindow, weeksBetween } from './flags.ts';

const today = '2026-11-23';

describe('request flags', () => {
  it('counts age in calendar days, stopping when the request was closed', () => {
    expect(ageInDays(request('r', { createdOn: '2026-11-16' }), today)).toBe(7);
    expect(ageInDays(request('r', { createdOn: '2026-11-02', closedOn: '2026-11-05', status: 'done' }), today)).toBe(3);
  });

  it('marks promised work past its deadline as overdue, but not deferred or closed work', () => {
    expect(isOverdue(request('r', { status: 'assigned', deadline: '2026-11-20' }), today)).toBe(true);
    expect(isOverdue(request('r', { status: 'new', deadline: today }), today)).toBe(false);
    expect(isOverdue(request('r', { status: 'deferred', deadline: '2026-11-20' }), today)).toBe(false);
    expect(isOverdue(request('r', { status: 'done', deadline: '2026-11-20' }), today)).toBe(false);
    expect(isOverdue(request('r', { status: 'new', deadline: null }), today)).toBe(false);
  });

  it('marks unassigned requests due within three days', () => {
    expect(isUnassignedCloseToDeadline(request('r', { status: 'new', deadline: '2026-11-26' }), today)).toBe(true);
    expect(isUnassignedCloseToDeadline(request('r', { status: 'new', deadline: '2026-11-27' }), today)).toBe(false);
    expect(isUnassignedCloseToDeadline(request('r', { status: 'assigned', deadline: '2026-11-24' }), today)).toBe(
      false,
    );
    expect(isUnassignedCloseToDeadline(request('r', { status: 'new', deadline: '2026-11-22' }), today)).toBe(false);
  });

  it('plans from the window start (never in the past) up to the deadline', () => {
    expect(planningWindow(request('r', { windowFrom: '2026-12-07', deadline: '2026-12-11' }), today)).toEqual({
      from: '2026-12-07',
      to: '2026-12-11',
    });
    expect(planningWindow(request('r', { windowFrom: '2026-11-01', deadline: '2026-11-27' }), today)).toEqual({
      from: today,
      to: '2026-11-27',
    });
    expect(planningWindow(request('r', { deadline: null }), today)).toEqual({ from: today, to: '2026-12-06' });
    expect(planningWindow(request('r', { deadline: '2026-11-10' }), today)).toEqual({ from: today, to: '2026-11-27' });
  });

  it('lists the ISO weeks a window touches, across the year end', () => {
    expect(weeksBetween('2026-12-07', '2026-12-11')).toEqual(['2026-W50']);
    expect(weeksBetween('2026-12-24', '2027-01-05')).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(weeksBetween('2026-12-11', '2026-12-07')).toEqual([]);
  });
});
