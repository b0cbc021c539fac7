/**
 * Closed months: the figures of a month as they were reported. Closing stores the whole monthly
 * overview (the model the screen, PDF, XLSX and CSV render from), so what was reported can be shown
 * again to the cent after any later edit; a later edit that would change it shows as a correction
 * after closing, and a revised issue ("herzien") lists what changed since the first.
 */
export {
  figureChanges,
  figureKeySchema,
  figureChangeSchema,
  type FigureChange,
  type FigureKey,
} from './differences.ts';
export { reportedComparison, reportedKeyFigures, reportedOverview, reportedSeries } from './reported-figures.ts';
export { rangeReport } from './range-report.ts';
export { liveOverview, monthReport, type ClosingInfo, type MonthReport } from './month-report.ts';
