import { Worker } from 'node:worker_threads';
import { DomainError } from '../../../shared/contract/errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from '../../../shared/import/limits.ts';
import { refuseImport } from '../../../shared/import/refusal.ts';
import type { Table } from '../../../shared/import/table.ts';
import { checkZipEntries, zipEntries } from '../../../shared/import/zip-entries.ts';
import { workerAnswerSchema, type WorkerInput } from './worker-messages.ts';

/**
 * Under tsx and Vitest this module is its own .ts file and the worker is the .ts beside it; in the
 * built app it is bundled into out/main/index.js and the worker is its own entry beside that
 * (electron.vite.config.ts). The name is a variable so the bundler leaves the URL alone.
 */
const workerFile = import.meta.url.endsWith('.ts') ? './table-worker.ts' : './table-worker.js';
const WORKER_URL = new URL(workerFile, import.meta.url);

/** Reads the file in a worker thread with a heap cap and a time limit, so a hostile file costs neither the main thread nor unbounded memory. */
function readInWorker(input: WorkerInput, limits: ImportLimits, signal: AbortSignal): Promise<Table> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: input,
      transferList: [input.bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(refuseImport('time_limit', { seconds: limits.seconds }))),
      limits.seconds * 1000,
    );
    const onAbort = () => finish(() => reject(refuseImport('cancelled')));
    signal.addEventListener('abort', onAbort);
    worker.on('message', (message: unknown) => {
      const answer = workerAnswerSchema.parse(message);
      if (answer.ok) finish(() => resolve(answer.table));
      else if ('refusal' in answer) finish(() => reject(refuseImport(answer.refusal.reason, answer.refusal.params)));
      else finish(() => reject(new Error(`reading ${input.fileName} failed: ${answer.failure}`)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        finish(() => reject(refuseImport('memory_limit', { limitMb: limits.heapMb })));
      else finish(() => reject(error));
    });
    worker.on('exit', (code) => finish(() => reject(new Error(`the reading worker stopped (exit code ${code})`))));
  });
}

/** The uploaded file as rows of text cells; the extension decides between XLSX and CSV. */
export async function readTable(
  fileName: string,
  base64: string,
  signal: AbortSignal,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<Table> {
  const isXlsx = /\.xlsx$/i.test(fileName);
  if (!isXlsx && !/\.(csv|txt)$/i.test(fileName)) {
    throw new DomainError('invalid_input', 'fileName: choose a .csv or .xlsx file', 'fileName', {
      reason: 'unknown_file_type',
      params: {},
    });
  }
  // A copy with its own buffer: it is handed over to the worker, not shared with Node's buffer pool.
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length > limits.fileBytes)
    throw refuseImport('file_too_large', { limitMb: limits.fileBytes / (1024 * 1024) });
  if (isXlsx) {
    // Checked here, before a worker starts: the central directory is a few bytes per entry.
    const entries = zipEntries(bytes);
    if (!entries) throw refuseImport('not_a_workbook');
    checkZipEntries(entries, limits);
  }
  return readInWorker({ fileName, bytes }, limits, signal);
}
