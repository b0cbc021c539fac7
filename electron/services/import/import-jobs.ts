/**
 * Imports being read, by the id the renderer gave them, so its Cancel button can stop the reading
 * process instead of waiting for the time limit. An import without an id cannot be cancelled.
 */
const running = new Map<string, AbortController>();

export async function runJob<T>(jobId: string | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  if (jobId) running.set(jobId, controller);
  try {
    return await work(controller.signal);
  } finally {
    if (jobId && running.get(jobId) === controller) running.delete(jobId);
  }
}

export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  controller?.abort();
  return controller !== undefined;
}

/** A test host's reset: an import still being read belongs to the workspace that is going away. */
export function cancelAllJobs(): void {
  for (const controller of running.values()) controller.abort();
  running.clear();
}
