export { computeCapacityGrid, createCapacityGridCache, type CapacityGridCache } from './grid.ts';
export { monthCapacity, type MonthCapacity } from './month-capacity.ts';
export { cellBreakdown } from './breakdown.ts';
export { spareInWindow } from './window.ts';
export { spareInWindowForAll } from './window-all.ts';
export { workedShares, type WorkedShares } from './worked-days.ts';
export { gridSheet, type GridSheet, type SheetCell } from './grid-sheet.ts';
export { bandColours, bandOrder, bandThresholds, cellBand, type CellBand } from './bands.ts';
export { addWeeks, weekDays, weekKey, weekRange } from './weeks.ts';
export { daysOff, dutchHolidays, easterSunday } from './holidays.ts';
export type { HolidayDay } from './holidays.ts';
export {
  capacityCellSchema,
  capacityGridSchema,
  capacityRowSchema,
  cellBreakdownSchema,
  cellItemsSchema,
} from './types.ts';
export type { CapacityCell, CapacityGrid, CapacityRow, CellBreakdown, CellItems } from './types.ts';
