// `npm run bench [-- --only=grid,sql,rank,render,load,requests,report,store,team] [--no-build]`: prints figures, asserts nothing.
import os from 'node:os';
import { benchGrid } from './grid.ts';
import { benchLoad } from './load.ts';
import { benchRank } from './rank.ts';
import { benchRender } from './render.ts';
import { figure, formatTable, progress, type Row } from './report.ts';
import { runReportBench } from './report-bench.ts';
import { runRequestsBench } from './requests-bench.ts';
import { benchSql } from './sql.ts';
import { benchStore } from './store.ts';
import { benchTeam } from './team.ts';

const parts = ['grid', 'sql', 'rank', 'render', 'load', 'requests', 'report', 'store', 'team'] as const;
type Part = (typeof parts)[number];

function isPart(value: string): value is Part {
  return parts.some((p) => p === value);
}

function chosenParts(args: readonly string[]): Part[] {
  const only = args.find((a) => a.startsWith('--only='));
  if (!only) return [...parts];
  const names = only
    .slice('--only='.length)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !isPart(n));
  if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(', ')}; choose from ${parts.join(', ')}`);
  return names.filter(isPart);
}

const args = process.argv.slice(2);

/** These parts report their own medians against their targets as text; "met" is left to the reader. */
function asRows(part: Part, figures: { name: string; value: string; target: string }[]): Row[] {
  return figures.map((f) => ({ part, measure: f.name, value: f.value, target: f.target, met: null }));
}

async function runPart(part: Part): Promise<Row[]> {
  switch (part) {
    case 'grid':
      return benchGrid();
    case 'sql':
      return benchSql();
    case 'rank':
      return benchRank();
    case 'render':
      return benchRender({ build: !args.includes('--no-build') });
    case 'load':
      // The render part has just built the app when both run.
      return benchLoad({ build: !args.includes('--no-build') && !chosen.includes('render') });
    case 'requests':
      return asRows(part, await runRequestsBench());
    case 'report':
      return asRows(part, await runReportBench());
    case 'store':
      return benchStore();
    case 'team':
      return benchTeam();
  }
}

const chosen = chosenParts(args);
const rows: Row[] = [];
// Read before each part: the render part's own build and browser push the load up while it runs.
const loads: number[] = [];
const started = performance.now();
for (const part of chosen) {
  loads.push(os.loadavg()[0] ?? 0);
  try {
    rows.push(...(await runPart(part)));
  } catch (error) {
    // One broken part must not throw away the figures of the others.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    progress(`${part} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
    process.exitCode = 1;
    rows.push(figure(part, 'FAILED', message));
  }
}
progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);

const cpus = os.cpus().length;
console.log(`Secretariaat bench — Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${cpus}`);
console.log(`Load average before each part: ${chosen.map((part, i) => `${part} ${loads[i]?.toFixed(1)}`).join(', ')}`);
// Other work on the machine stretches wall-clock figures; say so rather than let them mislead.
if (Math.max(...loads) > cpus)
  console.log(`Machine busy (load above ${cpus} CPUs): figures are inflated, rerun when idle.`);
console.log('Figures only: nothing here fails on timing. Medians decide "met".\n');
console.log(formatTable(rows));
