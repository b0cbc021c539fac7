import { DatabaseSync } from 'node:sqlite';
import { computeCapacityGrid, type CapacityGrid } from '../shared/capacity/index.ts';
import { mondayIndex } from '../shared/capacity/day-index.ts';
import type { IsoWeek } from '../shared/schemas/index.ts';
import { gridMedians, measureGrid } from './grid.ts';
import { figure, progress, targeted, type Row } from './report.ts';
import { loadWorkspace } from './sql-schema.ts';
import { prepareGridQuery, type SqlCell } from './sql-query.ts';
import { describeTiming, formatMs, timeSync } from './stats.ts';
import { benchWeeks, benchWorkspace, GRID_SIZES, GRID_WEEKS } from './workspaces.ts';

export const SQL_RATIO_TARGET = 10;
const AGREEMENT_TOLERANCE = 1e-9;

type Agreement = { maxDiff: number; where: string; missing: number; extra: number };

/** Largest |SQL − JS| over available, committed and spare of every cell, and cells only one side has. */
function compare(grid: CapacityGrid, cells: readonly SqlCell[], weeks: readonly IsoWeek[]): Agreement {
  const sql = new Map(cells.map((c) => [`${c.personId}/${c.w}`, c]));
  const result: Agreement = { maxDiff: 0, where: '', missing: 0, extra: sql.size };
  for (const row of grid.rows) {
    row.cells.forEach((js, w) => {
      const other = sql.get(`${row.personId}/${w}`);
      if (!other) {
        result.missing++;
        return;
      }
      result.extra--;
      for (const key of ['available', 'committed', 'spare'] as const) {
        const diff = Math.abs(other[key] - js[key]);
        if (diff > result.maxDiff) {
          result.maxDiff = diff;
          result.where = `${row.personId} ${weeks[w]} ${key}: SQL ${other[key]}, JS ${js[key]}`;
        }
      }
    });
  }
  return result;
}

function runsFor(people: number): { warmup: number; runs: number } {
  return people <= 15 ? { warmup: 3, runs: 31 } : { warmup: 2, runs: 11 };
}

export function benchSql(): Row[] {
  const rows: Row[] = [];
  const weeks = benchWeeks();
  const start = mondayIndex(weeks[0] ?? '');
  const years = { fromYear: Number(weeks[0]?.slice(0, 4)) - 1, toYear: Number(weeks.at(-1)?.slice(0, 4)) + 1 };
  for (const people of GRID_SIZES) {
    progress(`sql: ${people} people × ${GRID_WEEKS} weeks`);
    const part = 'b grid SQL';
    const ws = benchWorkspace(people);
    const db = new DatabaseSync(':memory:');
    try {
      const loadStarted = performance.now();
      loadWorkspace(db, ws, years);
      const loadMs = performance.now() - loadStarted;
      rows.push(figure(part, `${people} people: load 9 tables (not in query time)`, formatMs(loadMs)));

      const query = prepareGridQuery(db);
      const grid = computeCapacityGrid(ws, weeks);
      const cellCount = grid.rows.length * weeks.length;
      const agreement = compare(grid, query.run(start, weeks.length), weeks);
      const sameCells = agreement.missing === 0 && agreement.extra === 0;
      const agrees = agreement.maxDiff < AGREEMENT_TOLERANCE;
      const cellNote = sameCells
        ? `all ${cellCount} cells`
        : `${agreement.missing} cells missing, ${agreement.extra} extra in SQL`;
      // Differences in the last bits come from summing in another order; anything larger is a rule that differs.
      const worst = agrees ? '' : `; worst ${agreement.where}`;
      rows.push(
        targeted(
          part,
          `${people} people: max |SQL − JS| (available/committed/spare)`,
          `${agreement.maxDiff.toExponential(1)} h over ${cellNote}${worst}`,
          `~0 (< ${AGREEMENT_TOLERANCE} h)`,
          sameCells && agrees,
        ),
      );

      const t = timeSync(() => query.run(start, weeks.length), runsFor(people));
      rows.push(figure(part, `${people} people × ${GRID_WEEKS} wk: one query`, describeTiming(t)));
      const jsMedian = gridMedians.get(people) ?? measureGrid(people).median;
      const ratio = t.median / jsMedian;
      rows.push(
        targeted(
          part,
          `${people} people: SQL median / JS median`,
          `${ratio.toFixed(1)}× (JS ${formatMs(jsMedian)})`,
          `JS ≥ ${SQL_RATIO_TARGET}× faster`,
          ratio >= SQL_RATIO_TARGET,
        ),
      );
    } finally {
      db.close();
    }
  }
  return rows;
}
