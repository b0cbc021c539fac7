import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../../shared/contract/errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from '../../../shared/import/limits.ts';
import { refuseImport } from '../../../shared/import/refusal.ts';
import type { Table } from '../../../shared/import/table.ts';
import { checkZipEntries, zipEntries } from '../../../shared/import/zip-entries.ts';
import { readerAnswerSchema, type ReaderInput } from './reader-messages.ts';

/**
 * Under tsx and Vitest this module is its own .ts file and the reader is the .ts beside it (Node
 * strips its types); in the built app it is bundled into out/main/index.js and the reader is its
 * own entry beside that (electron.vite.config.ts). The name is a variable so the bundler leaves the URL alone.
 */
const readerFile = import.meta.url.endsWith('.ts') ? './reader-process.ts' : './reader-process.js';
const READER_PATH = fileURLToPath(new URL(readerFile, import.meta.url));

/** What V8 prints before it aborts a process that ran out of heap. */
const OUT_OF_HEAP = /heap out of memory|Reached heap limit/i;

/**
 * Reads the file in a child process with a heap cap and a time limit, so a hostile file costs
 * neither the app's thread nor unbounded memory. A process, not a worker thread: a worker that
 * fills its heap in one large allocation makes V8 abort the whole process (nodejs/node#47224), which
 * would end the app that asked; a child that does so ends alone. In Electron, fork runs the app's
 * own binary as Node.
 */
function readInProcess(input: ReaderInput, limits: ImportLimits, signal: AbortSignal): Promise<Table> {
  return new Promise((resolve, reject) => {
    const child = fork(READER_PATH, [], {
      execArgv: [`--max-old-space-size=${limits.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderrTail = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      stderrTail = (stderrTail + text).slice(-4096);
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      child.kill('SIGKILL');
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(refuseImport('time_limit', { seconds: limits.seconds }))),
      limits.seconds * 1000,
    );
    const onAbort = () => finish(() => reject(refuseImport('cancelled')));
    signal.addEventListener('abort', onAbort);
    child.on('message', (message: unknown) => {
      const answer = readerAnswerSchema.parse(message);
      if (answer.ok) finish(() => resolve(answer.table));
      else if ('refusal' in answer) finish(() => reject(refuseImport(answer.refusal.reason, answer.refusal.params)));
      else finish(() => reject(new Error(`reading ${input.fileName} failed: ${answer.failure}`)));
    });
    child.on('error', (error) => finish(() => reject(error)));
    // 'close' rather than 'exit': it comes after stderr has ended, so V8's last words are in.
    child.on('close', (code, signalName) =>
      finish(() =>
        OUT_OF_HEAP.test(stderrTail)
          ? reject(refuseImport('memory_limit', { limitMb: limits.heapMb }))
          : reject(new Error(`the reading process stopped (${signalName ?? `exit code ${code}`})`)),
      ),
    );
    child.send(input);
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
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > limits.fileBytes)
    throw refuseImport('file_too_large', { limitMb: limits.fileBytes / (1024 * 1024) });
  if (isXlsx) {
    // Checked here, before a reader starts: the central directory is a few bytes per entry.
    const entries = zipEntries(bytes);
    if (!entries) throw refuseImport('not_a_workbook');
    checkZipEntries(entries, limits);
  }
  return readInProcess({ fileName, bytes }, limits, signal);
}
