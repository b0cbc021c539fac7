import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../../shared/contract/errors.ts';
import { importRefusalSchema } from '../../../shared/import/refusal.ts';
import { readFile } from './read-file.ts';
import { workerInputSchema, type WorkerAnswer } from './worker-messages.ts';

// The reading worker's entry (see read-table.ts): one file in, one answer out, then it exits.
const { fileName, bytes } = workerInputSchema.parse(workerData);
const answer = (message: WorkerAnswer) => parentPort?.postMessage(message);
readFile(fileName, bytes).then(
  (table) => answer({ ok: true, table }),
  (error: unknown) => {
    if (error instanceof DomainError && error.detail)
      answer({ ok: false, refusal: importRefusalSchema.parse(error.detail) });
    else answer({ ok: false, failure: error instanceof Error ? error.message : String(error) });
  },
);
