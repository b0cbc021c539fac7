import { describe, expect, it } from 'vitest';
import { person, request } from '../capacity/test-fixtures.ts';
import { rankCandidates } from './who-is-free.ts';

const query = { hours: 8, from: '2026-12-07', to: '2026-12-11', skills: ['minutes', 'english'] };

describe('who is free', () => {
  const people = [
    person('anna', undefined, { skills: ['minutes', 'english'] }),
    person('bram', undefined, { skills: ['minutes'] }),
    person('cees', undefined, { skills: ['minutes', 'english', 'finance'] }),
    person('dirk', undefined, { skills: ['minutes', 'english'], activeTo: '2026-11-30' }),
  ];

  it('puts people with every skill first, then those with room for the hours, then the most spare', () => {
    const spare = new Map([
      ['anna', 6],
      ['bram', 30],
      ['cees', 12],
    ]);
    const ranked = rankCandidates(people, spare, [], query);
    expect(ranked.map((c) => c.personId)).toEqual(['cees', 'anna', 'bram']);
    expect(ranked[0]).toMatchObject({ fits: true, matchedSkills: ['minutes', 'english'], missingSkills: [] });
    expect(ranked[2]).toMatchObject({ fits: true, missingSkills: ['english'] });
  });

  it('leaves out people who are not employed in the window', () => {
    const ranked = rankCandidates(people, new Map([['dirk', 40]]), [], query);
    expect(ranked.some((c) => c.personId === 'dirk')).toBe(false);
  });

  it('prefers, between equals, the person who helped this requester before', () => {
    const spare = new Map([
      ['anna', 20],
      ['cees', 20],
    ]);
    const earlier = request('r1', {
      requesterName: 'Jan de Boer',
      assignments: [{ personId: 'cees', week: '2026-W40', hours: 4 }],
    });
    const ranked = rankCandidates(people.slice(0, 1).concat(people[2]!), spare, [earlier], {
      ...query,
      skills: [],
      requesterName: 'jan de boer ',
    });
    expect(ranked.map((c) => [c.personId, c.helpedBefore])).toEqual([
      ['cees', 1],
      ['anna', 0],
    ]);
  });
});
