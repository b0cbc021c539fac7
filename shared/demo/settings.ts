import { FROM_THE_START, holidayKeySchema, type Settings } from '../schemas/index.ts';

/**
 * Settings for a new workspace. `'demo'` names the model trade association and sets a
 * revenue target so the dashboard has something to measure against; `'empty'` is
 * neutral, because a lead starting fresh has not set a target yet.
 */
export function defaultSettings(variant: 'empty' | 'demo' = 'empty'): Settings {
  return {
    organisationName: variant === 'demo' ? 'Secretariaat Brancheorganisatie' : 'Mijn secretariaat',
    internalRates: [{ from: FROM_THE_START, cents: 5500 }],
    shadowRates: [{ from: FROM_THE_START, cents: 6500 }],
    revenueTargets: [{ from: FROM_THE_START, cents: variant === 'demo' ? 12_000_000 : null }],
    // Bevrijdingsdag is off only in lustrum years (2025, 2030…) in most collective agreements.
    holidayRules: [
      {
        from: FROM_THE_START,
        holidaysOff: holidayKeySchema.options.filter((key) => key !== 'liberationDay'),
        liberationDay: 'lustrum',
      },
    ],
    csvSeparator: ';',
    leaveRetentionMonths: 24,
  };
}
