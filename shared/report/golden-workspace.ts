import { leave, person, placement, request, support, workspace } from '../capacity/test-fixtures.ts';
import type { Workspace } from '../schemas/index.ts';

/**
 * A two-person workspace for the golden month October 2026 (today 23 November, so October is
 * closed). October has 22 working days (1 October is a Thursday).
 * There are no public holidays in October.
 */
export const GOLDEN_MONTH = '2026-10';
export const GOLDEN_TODAY = '2026-11-23';

export function goldenWorkspace(): Workspace {
  return workspace({
    people: [person('anna', undefined, { name: 'Anna de Vries' }), person('bob', undefined, { name: 'Bob Jansen' })],
    clients: [
      {
        id: 'huurder-1',
        name: 'Huurder BV',
        kind: 'tenant',
        contactName: '',
        contactEmail: '',
        defaultRateCents: 6000,
      },
      {
        id: 'afdeling-2',
        name: 'Afdeling Beleid',
        kind: 'internal',
        contactName: '',
        contactEmail: '',
        defaultRateCents: 5000,
      },
    ],
    placements: [
      placement('pl1', 'anna', {
        from: '2026-10-01',
        to: '2026-10-31',
        hoursPerWeek: 16,
        rates: [{ from: '2026-10-01', cents: 6000 }],
        corrections: [{ month: '2026-10', hours: 2 }],
      }),
      placement('pl2', 'bob', {
        clientId: 'afdeling-2',
        from: '2026-09-01',
        to: '2026-09-30',
        hoursPerWeek: 8,
        rates: [{ from: '2026-09-01', cents: 5000 }],
      }),
    ],
    structural: [support('s1', 'bob', { hoursPerWeek: 10 })],
    leave: [leave('l1', 'bob', '2026-10-12', '2026-10-16')],
    requests: [
      request('r1', {
        status: 'done',
        createdOn: '2026-10-01',
        closedOn: '2026-10-06',
        actualHours: 4,
        satisfaction: 4,
        assignments: [{ personId: 'bob', week: '2026-W41', hours: 4 }],
      }),
      request('r2', { status: 'declined', createdOn: '2026-10-20', closedOn: '2026-10-20', reason: 'Geen capaciteit' }),
      request('r3', { status: 'deferred', createdOn: '2026-10-21', reason: 'Geen capaciteit' }),
      request('r4', {
        status: 'done',
        createdOn: '2026-09-10',
        closedOn: '2026-09-15',
        actualHours: 2,
        satisfaction: 5,
      }),
    ],
    income: [
      {
        id: 'i1',
        date: '2026-10-09',
        kind: 'sponsoring',
        description: 'Sponsoring',
        amountCents: 50_000,
        clientId: null,
      },
      { id: 'i2', date: '2025-10-10', kind: 'training', description: 'Training', amountCents: 30_000, clientId: null },
    ],
    value: [{ id: 'v1', date: '2026-10-20', description: 'Onboarding SharePoint', beneficiary: 'ICT', hours: 10 }],
  });
}
