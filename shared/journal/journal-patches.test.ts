import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace, generateDemoWorkspace } from '../demo/index.ts';
import type { Workspace } from '../schemas/index.ts';
import { applyPatches, invertPatches } from './apply.ts';
import { diffWorkspace } from './diff.ts';
import { validatePatches } from './validate.ts';
import { referencesOf, summarize } from './summary.ts';

const demo = generateDemoWorkspace({ people: 6, today: '2026-11-23', seed: 11 });

/** A handful of edits a lead makes: rename, delete from the middle, add, change a setting. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), title: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({ kind: fc.constant('setting' as const), name: fc.string({ minLength: 1, maxLength: 20 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(workspace: Workspace, e: Edit, step: number): Workspace {
  return produce(workspace, (draft) => {
    const requests = draft.requests;
    if (e.kind === 'rename' && requests.length > 0) requests[e.at % requests.length]!.title = e.name;
    if (e.kind === 'remove' && requests.length > 0) requests.splice(e.at % requests.length, 1);
    if (e.kind === 'add') requests.push({ ...demo.requests[0]!, id: `r-new-${step}`, title: e.title });
    if (e.kind === 'setting') draft.settings.organisationName = e.name;
  });
}

describe('journal patches', () => {
  it('replay to the same workspace, and their inverse takes it back, for any run of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let workspace = demo;
        for (const [step, e] of edits.entries()) {
          const next = applyEdit(workspace, e, step);
          const patches = diffWorkspace(workspace, next);
          expect(applyPatches(workspace, patches)).toEqual(next);
          expect(applyPatches(next, invertPatches(patches))).toEqual(workspace);
          workspace = next;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('describe a delete from the middle of a long list as one patch, not one per later record', () => {
    const next = produce(demo, (draft) => void draft.requests.splice(3, 1));
    const patches = diffWorkspace(demo, next);
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({
      kind: 'record',
      key: 'requests',
      id: demo.requests[3]!.id,
      after: null,
      index: 3,
    });
  });

  it('leave every record they do not touch as the very same object', () => {
    const next = produce(demo, (draft) => void (draft.people[2]!.name = 'Nieuwe Naam'));
    const replayed = applyPatches(demo, diffWorkspace(demo, next));
    expect(replayed.people[2]!.name).toBe('Nieuwe Naam');
    expect(replayed.people[1]).toBe(demo.people[1]);
    expect(replayed.requests).toBe(demo.requests);
  });

  it('are refused when a changed record breaks its schema, naming the field', () => {
    const next = produce(demo, (draft) => void (draft.people[0]!.name = ''));
    expect(() => validatePatches(diffWorkspace(demo, next))).toThrow(/name/);
  });

  it('name what a plan changed, with hours per person and week, and the people it concerns', () => {
    const request = demo.requests.find((r) => r.status === 'new')!;
    const [a, b] = demo.people;
    const next = produce(demo, (draft) => {
      draft.requests.find((r) => r.id === request.id)!.assignments = [
        { personId: a!.id, week: '2026-W48', hours: 4 },
        { personId: b!.id, week: '2026-W48', hours: 4 },
      ];
    });
    const patches = diffWorkspace(demo, next);
    expect(summarize(patches, demo, next)).toEqual({
      subjects: [{ key: 'requests', label: request.title, action: 'changed' }],
      count: 1,
      assignments: [
        { name: a!.name, hours: 4, week: '2026-W48' },
        { name: b!.name, hours: 4, week: '2026-W48' },
      ],
    });
    expect(referencesOf(patches)).toEqual(
      expect.arrayContaining([`requests:${request.id}`, `people:${a!.id}`, `people:${b!.id}`]),
    );
  });

  it('turn a whole new workspace into record patches that rebuild it exactly', () => {
    const patches = diffWorkspace(demo, emptyWorkspace());
    expect(applyPatches(demo, patches)).toEqual(emptyWorkspace());
    expect(applyPatches(emptyWorkspace(), invertPatches(patches))).toEqual(demo);
  });
});
