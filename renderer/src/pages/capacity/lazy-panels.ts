import { lazy } from 'react';

/*
 * The grid is what the start page shows; its other tabs and the cell drawer are fetched when first
 * opened. "Who is free" brings the date pickers, which the first screen does not need.
 */
export const CoverageView = lazy(async () => ({ default: (await import('./CoverageView.tsx')).CoverageView }));
export const WhoIsFree = lazy(async () => ({ default: (await import('./WhoIsFree.tsx')).WhoIsFree }));
export const CellPanel = lazy(async () => ({ default: (await import('./CellPanel.tsx')).CellPanel }));
