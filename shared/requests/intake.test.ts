import { describe, expect, it } from 'vitest';
import { createRequestSchema } from './intake.ts';

const intake = {
  loggedAfterTheFact: false,
  title: 'Notulen ALV',
  requesterName: 'Jan de Boer',
  department: 'Bestuur',
  goal: 'Besluiten vastleggen',
  deliverable: 'Conceptnotulen',
  deadline: '2026-12-11',
  windowFrom: '2026-12-07',
  estimatedHours: 8,
  doneWhen: 'Concept binnen drie dagen bij de voorzitter',
};

const fields = (input: unknown) =>
  createRequestSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('the intake', () => {
  it('accepts a request with every expectation filled in', () => {
    expect(fields(intake)).toEqual([]);
  });

  it('names each missing expectation', () => {
    expect(fields({ ...intake, goal: ' ', doneWhen: '', estimatedHours: 0 })).toEqual([
      'goal',
      'estimatedHours',
      'doneWhen',
    ]);
  });

  it('needs a department or a client, and a deadline not before the window', () => {
    expect(fields({ ...intake, department: '', deadline: '2026-12-04' })).toEqual(['department', 'deadline']);
    expect(fields({ ...intake, department: '', clientId: 'c1' })).toEqual([]);
  });

  it('asks less of work logged after the fact, but the hours it took', () => {
    const logged = {
      loggedAfterTheFact: true,
      title: 'Telefoon',
      requesterName: 'Piet',
      department: 'Beleid',
      closedOn: '2026-11-20',
    };
    expect(fields({ ...logged, actualHours: 1.5 })).toEqual([]);
    expect(fields(logged)).toEqual(['actualHours']);
  });
});
