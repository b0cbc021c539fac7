/*
 * Sums of day shares (3.2 h added 22 times) carry binary noise such as 70.40000000000001; a tie
 * like 12.5 cents could then round either way. Snapping to a millionth first makes the one
 * rounding step below depend on the real figure, not on the order of additions.
 */
const snap = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Hours as a plain number with the float noise removed; display rounding is the screen's job. */
export function cleanHours(hours: number): number {
  return snap(hours) + 0; // + 0 turns -0 into 0
}

/** Whole cents, half a cent rounding up (away from zero for the non-negative sums used here). */
export function roundCents(cents: number): number {
  return Math.round(snap(cents)) + 0;
}
