/** `cpuMedian` (process CPU time, when measured) barely moves when other work shares the machine. */
export type Timing = { median: number; p95: number; runs: number; cpuMedian?: number };

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile: with 30 runs p95 is the second slowest, not an interpolated value. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarise(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(sorted), p95: percentile(sorted, 95), runs: sorted.length };
}

export type RunPlan = { warmup: number; runs: number };

// Results go somewhere observable so the JIT cannot drop a computation whose result is unused.
let sink: unknown = null;
export function lastResult(): unknown {
  return sink;
}

/** Times `fn` after `warmup` untimed calls, so the figures show the JIT-compiled steady state. */
export function timeSync(fn: () => unknown, plan: RunPlan): Timing {
  for (let i = 0; i < plan.warmup; i++) sink = fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    sink = fn();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...summarise(times), cpuMedian: median(cpu.sort((a, b) => a - b)) };
}

/** Reads as "median 4.10 ms, p95 6.00 ms (CPU 3.90 ms; 40 runs)". */
export function describeTiming(t: Timing): string {
  const cpu = t.cpuMedian === undefined ? '' : `CPU ${formatMs(t.cpuMedian)}; `;
  return `median ${formatMs(t.median)}, p95 ${formatMs(t.p95)} (${cpu}${t.runs} runs)`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
