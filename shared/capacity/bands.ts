import type { CapacityCell } from './types.ts';

/*
 * The colour bands of the capacity grid: which band a week falls in and its colours. The grid on
 * screen (renderer/src/pages/capacity/cell-colour.ts) and the XLSX export both draw from here, so
 * the spreadsheet shows the colours the lead saw.
 */

export type CellBand = 'over' | 'full' | 'some' | 'plenty' | 'off';

/** From most room to none, then "not working": the order of the legend. */
export const bandOrder: readonly CellBand[] = ['plenty', 'some', 'full', 'over', 'off'];

/** Share of the week's hours still free where a band starts; the legend shows the same numbers. */
export const bandThresholds = { some: 0.1, plenty: 0.3 } as const;

/**
 * Bands relative to the hours a person has that week, so a part-timer's 4 spare hours read as room.
 * The team total passes the team's contract hours as `base`: a week of holidays with 8 hours left for
 * the whole team is nearly full, not "plenty" because the few available hours are free.
 */
export function cellBand(
  cell: Pick<CapacityCell, 'available' | 'committed'>,
  spare: number,
  base = cell.available,
): CellBand {
  if (cell.available <= 0 && cell.committed <= 0) return 'off';
  if (spare < 0) return 'over';
  const ratio = base > 0 ? spare / base : 0;
  if (ratio < bandThresholds.some) return 'full';
  if (ratio < bandThresholds.plenty) return 'some';
  return 'plenty';
}

/**
 * One blue scale from light (full) to dark (plenty room), so the order reads in greyscale and for
 * every common colour-vision deficiency; overbooked is dark orange-brown with diagonal stripes, and
 * "not working" light grey with a fine hatch, so neither depends on hue alone. Each text colour has
 * at least 5.6:1 on its background (measured in the report of issue #13). `stripe` is the second
 * colour of a striped band.
 */
export const bandColours: Record<CellBand, { background: string; stripe: string | null; text: string; bold: boolean }> =
  {
    over: { background: '#a2510d', stripe: '#772808', text: '#ffffff', bold: true },
    full: { background: '#d0ebff', stripe: null, text: '#1c3d5a', bold: false },
    some: { background: '#74c0fc', stripe: null, text: '#0b2e4f', bold: false },
    plenty: { background: '#1864ab', stripe: null, text: '#ffffff', bold: false },
    off: { background: '#f1f3f5', stripe: '#dee2e6', text: '#495057', bold: false },
  };
