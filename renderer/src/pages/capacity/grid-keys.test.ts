import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-keys.ts';

describe('moveInGrid', () => {
  const at = { row: 2, col: 3 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid(at, 'ArrowRight', false, 5, 13)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid(at, 'ArrowUp', false, 5, 13)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', false, 5, 13)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 4, col: 12 }, 'ArrowDown', false, 5, 13)).toEqual({ row: 4, col: 12 });
  });
  it('Home and End go to the first and last week of the row, with Ctrl to the first and last person', () => {
    expect(moveInGrid(at, 'Home', false, 5, 13)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid(at, 'End', false, 5, 13)).toEqual({ row: 2, col: 12 });
    expect(moveInGrid(at, 'Home', true, 5, 13)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(at, 'End', true, 5, 13)).toEqual({ row: 4, col: 12 });
  });
  it('Page Down moves ten people but not past the last', () => {
    expect(moveInGrid(at, 'PageDown', false, 30, 13)).toEqual({ row: 12, col: 3 });
    expect(moveInGrid(at, 'PageDown', false, 5, 13)).toEqual({ row: 4, col: 3 });
  });
  it('leaves other keys alone', () => {
    expect(moveInGrid(at, 'Tab', false, 5, 13)).toBeNull();
    expect(moveInGrid(at, 'a', false, 5, 13)).toBeNull();
  });
});
