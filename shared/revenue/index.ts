/**
 * Revenue and value: pure calculations on a workspace, for the placements screen and the directors'
 * dashboard. Every result type is a zod schema (types.ts) so views can validate or document them.
 *
 * Hours a placement is worked (same footing as the capacity grid, see capacity/worked-days.ts):
 *   on each day inside the placement's period,
 *     hours = hours per week × (the person's contract hours that day − leave hours that day)
 *                            ÷ (the person's contract hours in the full week),
 *   and 0 on a public holiday the organisation gives off (Settings), on a day the person is not
 *   active, and in a week whose contract has no hours. Whole-day leave takes the day; partial leave
 *   (hoursPerDay) takes its share; sick leave counts like any leave.
 *   The rate of a day is the rate step in force on it (the latest `from` on or before the day; days
 *   before the first step take the first step).
 *
 * Money: per placement per month, cents = round(Σ over rate segments of hours × rate), rounded
 * once, half a cent up, after removing float noise (rounding.ts). Totals per client and per month
 * are sums of those whole cents, so month total = Σ clients = Σ placements exactly.
 *
 * Planned, forecast, realised:
 *   - planned: confirmed and ended placements, from the plan, for any month;
 *   - forecast: proposed placements, same calculation, kept apart and never realised;
 *   - realised: only for closed months (before today's month): planned hours + the lead's
 *     correction for that month (never below 0), the corrected hours valued at the rate in force on
 *     the month's last day of the placement. Null for open months and for proposals.
 *
 * Value (not revenue): value entries' hours × the shadow rate, and done requests' actual hours ×
 * the internal rate by the month they were closed; rounded per entry, each at the rate in force on
 * its date (dated settings, shared/settings/dated.ts).
 */
export { placementMonthHours, monthCalculator, type MonthCalculator } from './placement-hours.ts';
export { revenueByMonth } from './revenue.ts';
export { otherIncomeByMonth } from './income.ts';
export { valueByMonth, valueEntryCents, requestValueCents } from './value.ts';
export { targetProgress } from './target.ts';
export { rateOn, sortedRates, withRateFrom } from './rates.ts';
export {
  addMonths,
  firstDayOf,
  isClosedMonth,
  lastDayOf,
  monthOf,
  monthRange,
  monthsFromTo,
  monthsOfYear,
} from './months.ts';
export { cleanHours, roundCents } from './rounding.ts';
export * from './types.ts';
