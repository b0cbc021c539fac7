import { describe, expect, it } from 'vitest';
import { isoDateSchema, isoWeekSchema, monthSchema } from './primitives.ts';
import { emptyWorkspace } from '../demo/index.ts';
import { workspaceSchema } from './workspace.ts';

describe('calendar values at the boundary', () => {
  it('accepts week 53 only in a year that has one', () => {
    expect(isoWeekSchema.safeParse('2026-W53').success).toBe(true);
    expect(isoWeekSchema.safeParse('2025-W53').success).toBe(false);
  });

  it('refuses impossible dates and far-off years, which only come from typing errors', () => {
    expect(isoDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('0202-05-01').success).toBe(false);
    expect(monthSchema.safeParse('0175-08').success).toBe(false);
    expect(monthSchema.safeParse('2026-13').success).toBe(false);
    expect(monthSchema.safeParse('2026-11').success).toBe(true);
  });
});

describe('a workspace stored before cover dismissals existed', () => {
  it('opens unchanged, with no gaps set aside', () => {
    const { coverDismissals, ...stored } = workspaceSchema.parse(emptyWorkspace());
    expect(coverDismissals).toEqual([]);
    expect(workspaceSchema.parse(stored).coverDismissals).toEqual([]);
  });

  it('refuses a dismissal whose weeks run backwards', () => {
    const dismissal = {
      id: 'cd1',
      supported: 'Directeur',
      from: '2026-W52',
      to: '2026-W50',
      reason: 'managerAway',
      decidedOn: '2026-11-23',
    };
    expect(workspaceSchema.safeParse({ ...emptyWorkspace(), coverDismissals: [dismissal] }).success).toBe(false);
    expect(
      workspaceSchema.parse({ ...emptyWorkspace(), coverDismissals: [{ ...dismissal, to: '2026-W53' }] })
        .coverDismissals[0]?.note,
    ).toBe('');
  });
});
