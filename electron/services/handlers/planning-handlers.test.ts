import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/schemas/index.ts';
import { servicesIn, tempDir, TEST_TODAY } from '../testing/temp-services.ts';

/* Through the real services on a temp folder with the 15-person demo and today 2026-11-23. */
const workspaceOf = (services: ReturnType<typeof servicesIn>): Workspace => services.context.store.document().workspace;

function uncoveredLine(services: ReturnType<typeof servicesIn>) {
  const line = workspaceOf(services).structural.find((l) => l.to === null)!;
  const others = workspaceOf(services).people.filter((p) => p.id !== line.personId && p.activeTo === null);
  return { line, others };
}

describe('arranging cover for a run of weeks', () => {
  it('splits the hours over two people, each as a support line for the manager over the whole run', async () => {
    const services = servicesIn();
    const { line, others } = uncoveredLine(services);
    const [a, b] = others;
    const before = workspaceOf(services).structural.length;
    const covers = [
      { personId: a!.id, hours: 6 },
      { personId: b!.id, hours: 4.5 },
    ];
    expect(
      await services.call('acceptCover', { structuralId: line.id, from: '2026-W50', to: '2026-W51', covers }),
    ).toMatchObject({ ok: true });
    const added = workspaceOf(services).structural.slice(before);
    expect(
      added.map((l) => ({
        personId: l.personId,
        supported: l.supported,
        hours: l.hoursPerWeek,
        from: l.from,
        to: l.to,
      })),
    ).toEqual([
      { personId: a!.id, supported: line.supported, hours: 6, from: '2026-12-07', to: '2026-12-20' },
      { personId: b!.id, supported: line.supported, hours: 4.5, from: '2026-12-07', to: '2026-12-20' },
    ]);
  });

  it('refuses the usual secretary as their own cover and the same person twice, changing nothing', async () => {
    const services = servicesIn();
    const { line, others } = uncoveredLine(services);
    const before = JSON.stringify(workspaceOf(services));
    const self = await services.call('acceptCover', {
      structuralId: line.id,
      from: '2026-W50',
      to: '2026-W50',
      covers: [{ personId: line.personId, hours: 4 }],
    });
    expect(self).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'personId' } });
    const twice = await services.call('acceptCover', {
      structuralId: line.id,
      from: '2026-W50',
      to: '2026-W50',
      covers: [
        { personId: others[0]!.id, hours: 2 },
        { personId: others[0]!.id, hours: 2 },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(workspaceOf(services))).toBe(before);
  });
});

describe('dismissing a cover gap', () => {
  it('stores the reason as a dated record that survives a restart, and undo takes it back', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    const { line } = uncoveredLine(services);
    const input = {
      supported: line.supported,
      from: '2026-W52',
      to: '2026-W53',
      reason: 'managerAway',
      note: ' Kantoor dicht ',
    };
    expect(await services.call('dismissCover', input)).toMatchObject({ ok: true });
    const stored = {
      id: workspaceOf(services).coverDismissals[0]!.id,
      ...input,
      note: 'Kantoor dicht',
      decidedOn: TEST_TODAY,
    };
    expect(workspaceOf(services).coverDismissals).toEqual([stored]);
    expect(servicesIn(dir).context.store.workspace().coverDismissals).toEqual([stored]);

    await services.call('undo', {});
    expect(workspaceOf(services).coverDismissals).toEqual([]);
  });

  it('restores a dismissed gap, and refuses a manager no support line names', async () => {
    const services = servicesIn();
    const { line } = uncoveredLine(services);
    await services.call('dismissCover', {
      supported: line.supported,
      from: '2026-W50',
      to: '2026-W50',
      reason: 'notNeeded',
      note: '',
    });
    const [dismissal] = workspaceOf(services).coverDismissals;
    expect(await services.call('restoreCover', { id: dismissal!.id })).toMatchObject({ ok: true });
    expect(workspaceOf(services).coverDismissals).toEqual([]);
    const unknown = await services.call('dismissCover', {
      supported: 'Niemand',
      from: '2026-W50',
      to: '2026-W50',
      reason: 'other',
      note: '',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', field: 'supported' } });
  });
});
