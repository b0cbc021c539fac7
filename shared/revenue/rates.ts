import type { Cents, IsoDate, Placement } from '../schemas/index.ts';

type RateStep = Placement['rates'][number];

export function sortedRates(rates: readonly RateStep[]): RateStep[] {
  return [...rates].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The hourly rate in force on a date: the latest step from on or before it. Days before the first
 * step take the first step, so moving a placement's start earlier never leaves days without a rate.
 */
export function rateOn(rates: readonly RateStep[], date: IsoDate): Cents {
  const steps = sortedRates(rates);
  let found = steps[0]?.cents ?? 0;
  for (const step of steps) if (step.from <= date) found = step.cents;
  return found;
}

/**
 * A new rate from a date on: steps before the date stay (their months keep their revenue), steps on
 * or after it are replaced, because the new agreement supersedes anything planned from then.
 */
export function withRateFrom(rates: readonly RateStep[], from: IsoDate, cents: Cents): RateStep[] {
  return [...sortedRates(rates).filter((step) => step.from < from), { from, cents }];
}
