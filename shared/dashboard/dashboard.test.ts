import { describe, expect, it } from 'vitest';
import { person, placement, request, workspace } from '../capacity/test-fixtures.ts';
import { monthOfWeek, weeksOfMonths } from './activity.ts';
import { keyFiguresFor } from './key-figures.ts';
import { monthsOf, periodContaining, previousPeriod } from './periods.ts';
import { median, requestOutcomes } from './request-outcomes.ts';
import { monthlySeries } from './series.ts';

describe('periods', () => {
  it('finds the quarter and year around a month, and the period before', () => {
    expect(periodContaining('quarter', '2026-11')).toEqual({ kind: 'quarter', first: '2026-10' });
    expect(monthsOf(periodContaining('year', '2026-11'))).toHaveLength(12);
    expect(previousPeriod({ kind: 'quarter', first: '2026-01' })).toEqual({ kind: 'quarter', first: '2025-10' });
    expect(previousPeriod({ kind: 'month', first: '2026-01' })).toEqual({ kind: 'month', first: '2025-12' });
  });

  it('puts an ISO week in the month of its Thursday', () => {
    expect(monthOfWeek('2026-W53')).toBe('2026-12');
    expect(monthOfWeek('2026-W01')).toBe('2026-01');
    expect(weeksOfMonths(['2026-09'])).toEqual(['2026-W36', '2026-W37', '2026-W38', '2026-W39']);
  });
});

describe('request outcomes', () => {
  const requests = [
    request('a', { status: 'done', createdOn: '2026-09-01', closedOn: '2026-09-03', satisfaction: 4 }),
    request('b', { status: 'done', createdOn: '2026-09-01', closedOn: '2026-09-11', satisfaction: 5 }),
    request('c', { status: 'done', createdOn: '2026-08-20', closedOn: '2026-09-02', satisfaction: null }),
    request('d', {
      status: 'declined',
      createdOn: '2026-09-05',
      closedOn: '2026-09-05',
      reason: 'Hoort bij de afdeling zelf',
    }),
    request('e', { status: 'deferred', createdOn: '2026-09-07', reason: 'Geen capaciteit deze week' }),
    request('f', { status: 'deferred', createdOn: '2026-09-08', reason: 'Geen capaciteit deze week' }),
    request('g', { status: 'done', createdOn: '2026-10-01', closedOn: '2026-10-02' }),
  ];

  it('counts outcomes in the month they happened, with median days to done and average satisfaction', () => {
    expect(requestOutcomes(requests, ['2026-09'])).toEqual({
      done: 3,
      declined: 1,
      deferred: 2,
      medianDaysToDone: 10,
      averageSatisfaction: 4.5,
      ratings: 2,
      topReasons: [
        { reason: 'Geen capaciteit deze week', count: 2 },
        { reason: 'Hoort bij de afdeling zelf', count: 1 },
      ],
    });
  });

  it('takes the middle of an even count as the mean of the two middle values', () => {
    expect(median([1, 9, 3, 5])).toBe(4);
    expect(median([])).toBeNull();
  });
});

describe('key figures', () => {
  // September 2026 has 22 working days and no public holidays; today is in January, so it is closed.
  const ws = workspace({
    people: [person('anna')],
    clients: [
      { id: 'huurder-1', name: 'Huurder', kind: 'tenant', contactName: '', contactEmail: '', defaultRateCents: 6000 },
    ],
    placements: [
      placement('pl1', 'anna', {
        from: '2026-09-01',
        to: '2026-09-30',
        hoursPerWeek: 16,
        rates: [{ from: '2026-09-01', cents: 6000 }],
      }),
    ],
    income: [
      {
        id: 'i1',
        date: '2026-09-15',
        kind: 'sponsoring',
        description: 'Sponsoring Secretaressedag',
        amountCents: 50000,
        clientId: null,
      },
    ],
    value: [{ id: 'v1', date: '2026-09-20', description: 'Onboarding SharePoint', beneficiary: 'ICT', hours: 10 }],
    requests: [
      request('r1', {
        status: 'done',
        createdOn: '2026-09-01',
        closedOn: '2026-09-04',
        actualHours: 4,
        satisfaction: 5,
      }),
    ],
  });
  const figures = keyFiguresFor(ws, ['2026-09'], '2027-01-10');

  it('adds realised placement revenue and other income into revenue', () => {
    // 22 days × 16/5 h = 70.4 h × € 60 = € 4.224; plus € 500 sponsoring.
    expect(figures.placementCents).toBe(422_400);
    expect(figures.otherIncomeCents).toBe(50_000);
    expect(figures.revenueCents).toBe(472_400);
  });

  it('values cost avoided at the shadow rate and done requests at the internal rate', () => {
    // 10 h × € 65 + 4 h × € 50.
    expect(figures.valueCents).toBe(65_000 + 20_000);
  });

  it('counts hours deployed by calendar day, so placement hours equal the hours behind the revenue', () => {
    expect(figures.hours.placements).toBeCloseTo(70.4, 9);
    expect(figures.requests.done).toBe(1);
  });

  it('gives the charts per-client revenue that adds up to the month total', () => {
    const [point] = monthlySeries(ws, ['2026-09'], '2027-01-10');
    expect(point?.byClient).toEqual({ 'huurder-1': 422_400 });
    expect(point?.placementCents).toBe(422_400);
  });
});
