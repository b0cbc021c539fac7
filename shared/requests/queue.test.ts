import { describe, expect, it } from 'vitest';
import { person, request, workspace } from '../capacity/test-fixtures.ts';
import { buildQueueRows, filterQueue, noFilters, queueGroups } from './queue.ts';

const today = '2026-11-23';
const ws = workspace({
  people: [person('anna', undefined, { name: 'Anna de Vries' })],
  clients: [
    { id: 'c1', name: 'Huurder BV', kind: 'tenant', contactName: '', contactEmail: '', defaultRateCents: 6000 },
  ],
  requests: [
    request('r1', {
      title: 'Notulen ALV',
      department: 'Bestuur',
      skills: ['minutes'],
      status: 'assigned',
      deadline: '2026-11-20',
      assignments: [{ personId: 'anna', week: '2026-W48', hours: 3 }],
    }),
    request('r2', {
      title: 'Kerstborrel',
      department: '',
      clientId: 'c1',
      skills: ['events'],
      status: 'new',
      deadline: '2026-11-25',
    }),
    request('r3', {
      title: 'Reis Brussel',
      department: 'Beleid',
      skills: ['travel'],
      status: 'done',
      actualHours: 2,
      closedOn: '2026-11-02',
      createdOn: '2026-10-30',
    }),
  ],
});
const rows = buildQueueRows(ws, today);
const ids = (filters: Partial<typeof noFilters>) =>
  filterQueue(rows, { ...noFilters, ...filters }).map((r) => r.request.id);

describe('the queue', () => {
  it('works out requester group, assignees, age and flags per row', () => {
    expect(rows.map((r) => [r.group, r.assignees, r.plannedHours, r.overdue, r.closeToDeadline])).toEqual([
      ['Bestuur', 'Anna de Vries', 3, true, false],
      ['Huurder BV', '', 0, false, true],
      ['Beleid', '', 0, false, false],
    ]);
    expect(rows[2]!.age).toBe(3);
    expect(queueGroups(rows)).toEqual(['Beleid', 'Bestuur', 'Huurder BV']);
  });

  it('filters on status, department or client, skill, overdue and words in any order', () => {
    expect(ids({})).toEqual(['r1', 'r2', 'r3']);
    expect(ids({ statuses: ['new', 'done'] })).toEqual(['r2', 'r3']);
    expect(ids({ group: 'Huurder BV' })).toEqual(['r2']);
    expect(ids({ skill: 'minutes' })).toEqual(['r1']);
    expect(ids({ overdueOnly: true })).toEqual(['r1']);
    expect(ids({ search: 'vries  alv' })).toEqual(['r1']);
    expect(ids({ search: 'R3' })).toEqual(['r3']);
  });
});
