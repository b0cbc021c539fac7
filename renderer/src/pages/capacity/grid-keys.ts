/** Where the grid's one focusable cell is: a person row (0 = first shown) and a week column. */
export type GridPosition = { row: number; col: number };

const PAGE = 10;

/**
 * The keys of the ARIA grid pattern: arrows move one cell, Home/End to the row's first or last week,
 * Ctrl+Home/End to the first or last person, Page Up/Down ten people. Answers null for other keys,
 * so they keep their usual meaning (Tab leaves the grid).
 */
export function moveInGrid(
  at: GridPosition,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): GridPosition | null {
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageUp':
      return clamp(at.row - PAGE, at.col);
    case 'PageDown':
      return clamp(at.row + PAGE, at.col);
    default:
      return null;
  }
}
