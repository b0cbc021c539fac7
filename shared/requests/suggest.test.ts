import { describe, expect, it } from 'vitest';
import { monTueThu, person, request, support, workspace } from '../capacity/test-fixtures.ts';
import { suggestFor } from './suggest.ts';

// 7–11 December 2026 (2026-W50): no public holidays.
const today = '2026-11-23';
const asked = request('new-1', {
  status: 'new',
  requesterName: 'Jan de Boer',
  windowFrom: '2026-12-07',
  deadline: '2026-12-11',
  estimatedHours: 8,
  skills: ['minutes'],
  assignments: [],
});

describe('suggestions for a request', () => {
  const team = [
    person('anna', undefined, { skills: ['minutes'] }), // 40 h, 30 h structural → 10 spare
    person('bram', monTueThu, { skills: ['minutes'] }), // 24 h, nothing else → 24 spare
    person('cees', undefined, { skills: ['agenda'] }), // 40 h spare but lacks the skill
    person('dirk', undefined, { skills: ['minutes'] }), // 40 h, 36 structural → 4 spare: too little
  ];
  const base = workspace({
    people: team,
    structural: [support('s1', 'anna', { hoursPerWeek: 30 }), support('s2', 'dirk', { hoursPerWeek: 36 })],
  });

  it('ranks skill first, then room for the hours, then the most spare hours, and says why', () => {
    const { from, to, hours, candidates } = suggestFor({ ...base, requests: [asked] }, asked, today);
    expect({ from, to, hours }).toEqual({ from: '2026-12-07', to: '2026-12-11', hours: 8 });
    expect(candidates.map((c) => [c.personId, c.spare, c.fits])).toEqual([
      ['bram', 24, true],
      ['anna', 10, true],
      ['dirk', 4, false],
      ['cees', 40, true],
    ]);
    expect(candidates[3]).toMatchObject({ missingSkills: ['minutes'], matchedSkills: [] });
  });

  it('prefers, between equals, whoever helped this requester before', () => {
    const earlier = request('old', {
      status: 'done',
      requesterName: 'jan de boer',
      actualHours: 2,
      assignments: [{ personId: 'dirk', week: '2026-W30', hours: 2 }],
    });
    const equals = {
      ...base,
      structural: [support('s1', 'anna', { hoursPerWeek: 30 }), support('s2', 'dirk', { hoursPerWeek: 30 })],
    };
    const { candidates } = suggestFor({ ...equals, requests: [asked, earlier] }, asked, today);
    expect(candidates.slice(1, 3).map((c) => [c.personId, c.helpedBefore])).toEqual([
      ['dirk', 1],
      ['anna', 0],
    ]);
  });

  it('does not count the request’s own current plan against the people on it', () => {
    const planned = {
      ...asked,
      status: 'assigned' as const,
      assignments: [{ personId: 'anna', week: '2026-W50', hours: 8 }],
    };
    const { candidates } = suggestFor({ ...base, requests: [planned] }, planned, today);
    expect(candidates.find((c) => c.personId === 'anna')).toMatchObject({ spare: 10, helpedBefore: 0 });
  });
});
