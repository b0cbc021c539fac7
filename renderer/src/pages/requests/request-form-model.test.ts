import { describe, expect, it } from 'vitest';
import { request } from '../../../../shared/capacity/test-fixtures.ts';
import { duplicateValues } from './request-form-model.ts';

describe('duplicating a request', () => {
  it('keeps the requester and the expectations, and asks for new dates', () => {
    const old = request('r1', {
      title: 'Notulen ledenraad',
      requesterName: 'Mevrouw Jansen',
      department: 'Beleid',
      goal: 'Besluiten vastleggen',
      deliverable: 'Notulen',
      doneWhen: 'Binnen een week rondgestuurd',
      estimatedHours: 6,
      skills: ['minutes'],
      windowFrom: '2026-10-01',
      deadline: '2026-10-15',
      status: 'done',
      actualHours: 7,
    });
    const values = duplicateValues(old, '2026-11-23');
    expect(values).toMatchObject({
      title: 'Notulen ledenraad',
      requesterName: 'Mevrouw Jansen',
      department: 'Beleid',
      goal: 'Besluiten vastleggen',
      deliverable: 'Notulen',
      doneWhen: 'Binnen een week rondgestuurd',
      estimatedHours: 6,
      skills: ['minutes'],
      windowFrom: null,
      deadline: null,
    });
  });
});
