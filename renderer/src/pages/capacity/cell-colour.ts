import type { CapacityCell } from '../../../../shared/capacity/index.ts';

export type CellBand = 'over' | 'full' | 'some' | 'plenty' | 'off';

/** Bands relative to the hours a person has that week, so a part-timer's 4 spare hours read as room. */
export function cellBand(cell: Pick<CapacityCell, 'available' | 'committed'>, spare: number): CellBand {
  if (cell.available <= 0 && cell.committed <= 0) return 'off';
  if (spare < 0) return 'over';
  const ratio = cell.available > 0 ? spare / cell.available : 0;
  if (ratio < 0.1) return 'full';
  if (ratio < 0.3) return 'some';
  return 'plenty';
}

export const bandColours: Record<CellBand, { background: string; color: string }> = {
  over: { background: '#e03131', color: '#fff' },
  full: { background: '#ffd8a8', color: '#5c2b00' },
  some: { background: '#d3f9d8', color: '#1b4d24' },
  plenty: { background: '#51cf66', color: '#0b2e13' },
  off: { background: '#f1f3f5', color: '#868e96' },
};
