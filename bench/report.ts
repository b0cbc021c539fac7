/** One line of the printed table. `met` is null for figures that have no target. */
export type Row = { part: string; measure: string; value: string; target: string; met: boolean | null };

export function figure(part: string, measure: string, value: string): Row {
  return { part, measure, value, target: '', met: null };
}

export function targeted(part: string, measure: string, value: string, target: string, met: boolean): Row {
  return { part, measure, value, target, met };
}

const headers = ['part', 'measure', 'figure', 'target', 'met'] as const;

function cellsOf(row: Row): string[] {
  return [row.part, row.measure, row.value, row.target, row.met === null ? '' : row.met ? 'yes' : 'NO'];
}

export function formatTable(rows: readonly Row[]): string {
  const lines = rows.map(cellsOf);
  const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((cells) => (cells[i] ?? '').length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [render(headers), rule, ...lines.map(render)].join('\n');
}

/** Progress goes to stderr so stdout holds only the table. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
