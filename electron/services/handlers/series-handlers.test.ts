import { describe, expect, it } from 'vitest';
import { servicesIn } from '../testing/temp-services.ts';

const template = {
  title: 'Notulen ledenraad',
  requesterName: 'Directie',
  department: 'Bestuur',
  goal: 'Verslag van de vergadering',
  deliverable: 'Notulen',
  estimatedHours: 4,
  doneWhen: 'Verstuurd aan de leden',
};

async function withSeries() {
  const services = servicesIn();
  const result = await services.call('createSeries', {
    rule: { kind: 'monthly', day: 27, start: '2026-11-23', until: null },
    template,
  });
  expect(result.ok).toBe(true);
  const workspace = () => services.context.store.document().workspace;
  const occurrences = () =>
    workspace()
      .requests.filter((r) => r.seriesId !== undefined)
      .sort((a, b) => a.occurrenceDate!.localeCompare(b.occurrenceDate!));
  return { services, workspace, occurrences };
}

describe('series operations', () => {
  it('creates a series with its next three occurrences as new requests, and planning again adds none', async () => {
    const { services, occurrences } = await withSeries();
    expect(occurrences().map((r) => [r.deadline, r.status, r.title, r.createdOn])).toEqual([
      ['2026-11-27', 'new', 'Notulen ledenraad', '2026-11-23'],
      ['2026-12-28', 'new', 'Notulen ledenraad', '2026-11-23'],
      ['2027-01-27', 'new', 'Notulen ledenraad', '2026-11-23'],
    ]);
    await services.call('planSeries', {});
    expect(occurrences()).toHaveLength(3);
  });

  it('rejects a series whose expectations are missing, naming the field', async () => {
    const services = servicesIn();
    const result = await services.call('createSeries', {
      rule: { kind: 'weekly', interval: 2, start: '2026-11-23', until: null },
      template: { ...template, doneWhen: '' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(services.context.store.document().workspace.series).toEqual([]);
  });

  it('changes the rest from the second occurrence and leaves the first as it was', async () => {
    const { services, occurrences, workspace } = await withSeries();
    const [first, second] = occurrences();
    const edited = { ...second!, estimatedHours: 6, doneWhen: 'Vastgesteld door de voorzitter' };
    const {
      id,
      title,
      requesterName,
      requesterEmail,
      requesterLanguage,
      department,
      clientId,
      goal,
      deliverable,
      windowFrom,
      deadline,
      estimatedHours,
      skills,
      urgency,
      requesterSupplies,
      doneWhen,
    } = edited;
    expect(
      (
        await services.call('changeSeriesFrom', {
          id,
          title,
          requesterName,
          requesterEmail,
          requesterLanguage,
          department,
          clientId,
          goal,
          deliverable,
          windowFrom,
          deadline,
          estimatedHours,
          skills,
          urgency,
          requesterSupplies,
          doneWhen,
        })
      ).ok,
    ).toBe(true);
    expect(occurrences().map((r) => [r.deadline, r.estimatedHours, r.doneWhen])).toEqual([
      ['2026-11-27', 4, 'Verstuurd aan de leden'],
      ['2026-12-28', 6, 'Vastgesteld door de voorzitter'],
      ['2027-01-27', 6, 'Vastgesteld door de voorzitter'],
    ]);
    expect(occurrences()[0]).toEqual(first);
    expect(workspace().series[0]?.template.estimatedHours).toBe(6);
  });

  it('stops the series after an occurrence, and says a one-off is no series', async () => {
    const { services, occurrences, workspace } = await withSeries();
    await services.call('stopSeries', { id: occurrences()[0]!.id });
    expect(occurrences().map((r) => r.deadline)).toEqual(['2026-11-27']);
    expect(workspace().series[0]?.rule.until).toBe('2026-11-27');
    const oneOff = workspace().requests.find((r) => r.seriesId === undefined)!;
    expect(await services.call('stopSeries', { id: oneOff.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
