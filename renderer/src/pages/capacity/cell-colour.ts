import type { CSSProperties } from 'react';
import { bandColours, type CellBand } from '../../../../shared/capacity/index.ts';

export { bandThresholds, cellBand, type CellBand } from '../../../../shared/capacity/index.ts';

/** Stripe widths in px (colour, then second colour): broad for overbooked, a fine hatch for "not working". */
const stripes: Partial<Record<CellBand, [number, number]>> = { over: [5, 10], off: [3, 4] };

function styleOf(band: CellBand): CSSProperties {
  const { background, stripe, text, bold } = bandColours[band];
  const widths = stripes[band];
  return {
    background:
      stripe && widths
        ? `repeating-linear-gradient(135deg, ${background} 0 ${widths[0]}px, ${stripe} ${widths[0]}px ${widths[1]}px)`
        : background,
    color: text,
    ...(bold ? { fontWeight: 700 } : {}),
  };
}

/** The grid's cell styles, drawn from the shared band colours the XLSX export uses too. */
export const bandStyles = Object.fromEntries(
  (Object.keys(bandColours) as CellBand[]).map((band) => [band, styleOf(band)]),
) as Record<CellBand, CSSProperties>;
