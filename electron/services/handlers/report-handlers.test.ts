import { describe, expect, it } from 'vitest';
import { buildMonthlyOverview } from '../../../shared/report/index.ts';
import { servicesIn, TEST_TODAY } from '../testing/temp-services.ts';

describe('the lead’s commentary on a month', () => {
  it('is stored per month, reaches that month’s report only, and an empty text removes it', async () => {
    const services = servicesIn();
    const workspace = () => services.context.store.document().workspace;
    expect(
      await services.call('setMonthCommentary', { month: '2026-10', text: '  De herfstvakantie drukte de omzet.  ' }),
    ).toMatchObject({ ok: true });
    expect(workspace().monthNotes).toEqual({ '2026-10': 'De herfstvakantie drukte de omzet.' });
    expect(buildMonthlyOverview(workspace(), '2026-10', TEST_TODAY).commentary).toBe(
      'De herfstvakantie drukte de omzet.',
    );
    expect(buildMonthlyOverview(workspace(), '2026-09', TEST_TODAY).commentary).toBe('');

    await services.call('setMonthCommentary', { month: '2026-10', text: ' ' });
    expect(workspace().monthNotes).toEqual({});
  });

  it('is journaled like any change: undo takes it back', async () => {
    const services = servicesIn();
    await services.call('setMonthCommentary', { month: '2026-10', text: 'Eerste versie' });
    await services.call('setMonthCommentary', { month: '2026-10', text: 'Tweede versie' });
    await services.call('undo', {});
    expect(services.context.store.document().workspace.monthNotes).toEqual({ '2026-10': 'Eerste versie' });
  });

  it('refuses a month that is not a month', async () => {
    const services = servicesIn();
    expect(await services.call('setMonthCommentary', { month: '2026-13', text: 'x' })).toMatchObject({
      ok: false,
      error: { field: 'month' },
    });
  });
});
