/*
 * Display rounding shared by every screen, the report and the exports. `Math.round` rounds a tie
 * towards +∞ (−7.25 → −7.2 but 7.25 → 7.3), so a negative spare and its positive twin would read
 * differently; ties here go away from zero on both sides. Values are snapped to a millionth first
 * so binary noise (7.249999999) cannot decide a tie.
 */
const snap = (value: number): number => Math.round(value * 1e6) / 1e6;

/** `value` rounded to `decimals` places, a tie away from zero: 7.25 → 7.3 and −7.25 → −7.3. */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = snap(Math.abs(value) * factor);
  return (Math.sign(value) * Math.round(scaled)) / factor + 0; // + 0 turns -0 into 0
}

/**
 * Parts rounded so they add up to their rounded total (largest-remainder method): each part is cut
 * down to `decimals` places, and the units still missing go to the parts with the largest cut-off.
 * Hours 1.7 + 1.7 + 1.6 = 5 read as 2 + 2 + 1, not 2 + 2 + 2 under a total of 5. Meant for parts of
 * one sign (hours by kind of work).
 */
export function roundParts(parts: readonly number[], decimals: number): number[] {
  const factor = 10 ** decimals;
  const scaled = parts.map((part) => snap(part * factor));
  const total = roundHalfAway(
    scaled.reduce((sum, part) => sum + part, 0),
    0,
  );
  const floors = scaled.map(Math.floor);
  let missing = total - floors.reduce((sum, part) => sum + part, 0);
  const order = scaled.map((part, i) => ({ i, rest: part - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const result = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    result[i]! += 1;
    missing -= 1;
  }
  return result.map((part) => part / factor + 0);
}
