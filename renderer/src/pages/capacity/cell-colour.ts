import type { CSSProperties } from 'react';
import type { CapacityCell } from '../../../../shared/capacity/index.ts';

export type CellBand = 'over' | 'full' | 'some' | 'plenty' | 'off';

/** Share of the week's hours still free where a band starts; the legend shows the same numbers. */
export const bandThresholds = { some: 0.1, plenty: 0.3 } as const;

/**
 * Bands relative to the hours a person has that week, so a part-timer's 4 spare hours read as room.
 * The team total passes the team's contract hours as `base`: a week of holidays with 8 hours left for
 * the whole team is nearly full, not "plenty" because the few available hours are free.
 */
export function cellBand(cell: Pick<CapacityCell, 'available' | 'committed'>, spare: number, base = cell.available): CellBand {
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
 * at least 5.6:1 on its background (measured in the report of issue #13).
 */
export const bandStyles: Record<CellBand, CSSProperties> = {
  over: { background: 'repeating-linear-gradient(135deg, #a2510d 0 5px, #772808 5px 10px)', color: '#fff', fontWeight: 700 },
  full: { background: '#d0ebff', color: '#1c3d5a' },
  some: { background: '#74c0fc', color: '#0b2e4f' },
  plenty: { background: '#1864ab', color: '#fff' },
  off: { background: 'repeating-linear-gradient(135deg, #f1f3f5 0 3px, #dee2e6 3px 4px)', color: '#495057' },
};
