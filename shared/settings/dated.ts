import type { Cents, HolidayRule, IsoDate, Settings } from '../schemas/index.ts';

/*
 * Dated settings: a step holds from its `from` date until the next step. The first step also covers
 * every date before it, as placement rates do (revenue/rates.ts): a workspace that recorded one rate
 * used it for everything, and a record dated before the first step still needs a value.
 */

type Step = { from: IsoDate };

export function sortedSteps<T extends Step>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The step in force on a date: the latest one from on or before it, else the first. */
export function stepOn<T extends Step>(steps: readonly T[], date: IsoDate): T {
  const sorted = sortedSteps(steps);
  let found = sorted[0];
  for (const step of sorted) if (step.from <= date) found = step;
  if (!found) throw new RangeError('A dated setting needs at least one step');
  return found;
}

/**
 * Adds a step from its date on. Earlier steps stay, so the months before keep their value; a step on
 * the same date is replaced (a typo fixed the same day). Later steps stay too: they were decided for
 * their own dates.
 */
export function withStep<T extends Step>(steps: readonly T[], step: T): T[] {
  return sortedSteps([...steps.filter((s) => s.from !== step.from), step]);
}

export const internalRateOn = (settings: Pick<Settings, 'internalRates'>, date: IsoDate): Cents =>
  stepOn(settings.internalRates, date).cents;
export const shadowRateOn = (settings: Pick<Settings, 'shadowRates'>, date: IsoDate): Cents =>
  stepOn(settings.shadowRates, date).cents;
export const holidayRuleOn = (settings: Pick<Settings, 'holidayRules'>, date: IsoDate): HolidayRule =>
  stepOn(settings.holidayRules, date);

/**
 * The annual target of a year: the step in force on the year's last day, so a target set during the
 * year is the year's target, and one dated next January leaves this year alone.
 */
export function targetOfYear(settings: Pick<Settings, 'revenueTargets'>, year: number): Cents | null {
  return stepOn(settings.revenueTargets, `${String(year).padStart(4, '0')}-12-31`).cents;
}

/** The values in force today, for a form that edits them. */
export function settingsNow(settings: Settings, today: IsoDate) {
  const holidays = holidayRuleOn(settings, today);
  return {
    internalRateCents: internalRateOn(settings, today),
    shadowRateCents: shadowRateOn(settings, today),
    annualRevenueTargetCents: targetOfYear(settings, Number(today.slice(0, 4))),
    holidaysOff: holidays.holidaysOff,
    liberationDay: holidays.liberationDay,
  };
}
