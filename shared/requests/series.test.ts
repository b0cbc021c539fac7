import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../demo/settings.ts';
import type { RequestSeries, SupportRequest } from '../schemas/index.ts';
import { changeFrom, leadDaysOf, planSeries, seriesDue, stopAfter } from './series.ts';

const settings = defaultSettings();
const today = '2026-11-23';
const template = {
  title: 'Notulen ledenraad',
  requesterName: 'Directie',
  department: 'Bestuur',
  requesterEmail: '',
  requesterLanguage: 'nl' as const,
  clientId: null,
  goal: 'Verslag van de vergadering',
  deliverable: 'Notulen',
  estimatedHours: 4,
  skills: [],
  urgency: 'normal' as const,
  requesterSupplies: '',
  doneWhen: 'Verstuurd aan de leden',
  leadDays: 3,
};
const series: RequestSeries = {
  id: 's-1',
  rule: { kind: 'monthly', day: 27, start: '2026-11-23', until: null },
  template,
  plannedThrough: null,
  createdOn: today,
};

/** Planning as the handler does it: add the new occurrences, remember how far it got. */
function plan(
  s: RequestSeries,
  requests: SupportRequest[],
  on = today,
): { s: RequestSeries; requests: SupportRequest[] } {
  const { add, plannedThrough } = planSeries(s, requests, settings, on);
  return {
    s: { ...s, plannedThrough },
    requests: [...requests, ...add.map((r, i) => ({ ...r, id: `r-${requests.length + i}` }))],
  };
}

describe('planning a series', () => {
  it('plans the next three monthly occurrences as new requests with the template and their own dates', () => {
    const { s, requests } = plan(series, []);
    expect(requests.map((r) => [r.occurrenceDate, r.deadline, r.windowFrom])).toEqual([
      ['2026-11-27', '2026-11-27', '2026-11-24'],
      ['2026-12-28', '2026-12-28', '2026-12-25'],
      ['2027-01-27', '2027-01-27', '2027-01-24'],
    ]);
    expect(
      requests.every(
        (r) => r.status === 'new' && r.seriesId === 's-1' && r.title === 'Notulen ledenraad' && r.estimatedHours === 4,
      ),
    ).toBe(true);
    expect(s.plannedThrough).toBe('2027-01-27');
  });

  it('plans a weekly series for the next eight weeks', () => {
    const weekly = { ...series, rule: { kind: 'weekly' as const, interval: 1, start: '2026-11-25', until: null } };
    expect(plan(weekly, []).requests).toHaveLength(8);
  });

  it('is idempotent, and does not bring back an occurrence that was deleted', () => {
    const once = plan(series, []);
    expect(plan(once.s, once.requests).requests).toHaveLength(3);
    expect(seriesDue([once.s], once.requests, settings, today)).toBe(false);
    const withoutDecember = once.requests.filter((r) => r.occurrenceDate !== '2026-12-28');
    expect(plan(once.s, withoutDecember).requests).toHaveLength(2);
    // Without a record of how far it planned, the dates already there are still not doubled.
    expect(plan(series, once.requests).requests).toHaveLength(3);
  });

  it('plans the next one as time passes', () => {
    const once = plan(series, []);
    expect(seriesDue([once.s], once.requests, settings, '2026-12-02')).toBe(true);
    const later = plan(once.s, once.requests, '2026-12-02');
    expect(later.requests.map((r) => r.occurrenceDate).slice(3)).toEqual(['2027-03-01']);
    expect(later.requests[3]?.createdOn).toBe('2026-12-02');
  });
});

describe('changing the rest of a series', () => {
  it('rewrites later untouched occurrences, keeps earlier and started ones', () => {
    const { s, requests } = plan(series, []);
    const [first, second, third] = requests as [SupportRequest, SupportRequest, SupportRequest];
    const started = requests.map((r) => (r === third ? { ...r, status: 'in_progress' as const } : r));
    const changed = changeFrom(s, second.occurrenceDate!, { ...template, estimatedHours: 6, leadDays: null }, started);
    expect(changed.series.template.estimatedHours).toBe(6);
    // The second itself is the one being edited (the handler writes it); the third is under way.
    expect(changed.rewrite).toEqual([]);
    const fourth = { ...plan(s, requests, '2026-12-02').requests[3]!, id: 'r-9' };
    const again = changeFrom(s, second.occurrenceDate!, { ...template, estimatedHours: 6, leadDays: null }, [
      first,
      second,
      third,
      fourth,
    ]);
    expect(again.rewrite.map((r) => [r.id, r.estimatedHours, r.deadline, r.windowFrom])).toEqual([
      [third.id, 6, '2027-01-27', null],
      ['r-9', 6, '2027-03-01', null],
    ]);
  });

  it('stops after an occurrence: later untouched ones go, no new ones are planned', () => {
    const { s, requests } = plan(series, []);
    const stopped = stopAfter(s, '2026-11-27', requests);
    expect(stopped.remove).toEqual(['r-1', 'r-2']);
    expect(stopped.series.rule.until).toBe('2026-11-27');
    expect(planSeries(stopped.series, requests.slice(0, 1), settings, '2026-12-20').add).toEqual([]);
  });

  it('keeps the window as lead days', () => {
    expect(leadDaysOf('2026-12-20', '2026-12-27')).toBe(7);
    expect(leadDaysOf(null, '2026-12-27')).toBeNull();
  });
});
