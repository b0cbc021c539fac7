import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export type SyncPg = {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): R[];
  close(): void;
};

/** A query error as PostgreSQL reported it: `code` is the SQLSTATE (e.g. 53100 disk full). */
export class PgError extends Error {
  override name = 'PgError';
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined) {
    super(message);
    this.code = code;
  }
}

type Answer = { ok: true; rows: unknown[] } | { ok: false; error: { message: string; code?: string } };

/** Longer than any statement the journal runs; a server that stops answering fails the change instead of hanging the host. */
const QUERY_TIMEOUT_MS = 30_000;

/**
 * One PostgreSQL connection with a synchronous face. The journal's change is one synchronous step
 * (catch up, run, validate, append), like node:sqlite's; the driver is asynchronous, so it runs in
 * a worker and the caller waits on a shared flag for each answer (a loopback round trip is a
 * fraction of a millisecond). One connection per store: its transaction is the store's.
 */
export function connectSync(connectionString: string): SyncPg {
  const flag = new SharedArrayBuffer(4);
  const signal = new Int32Array(flag);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./pg-worker.ts', import.meta.url), {
    workerData: { connectionString, port: port2, flag },
    transferList: [port2],
  });
  worker.unref();
  let closed = false;

  function ask(message: unknown): unknown[] {
    if (closed) throw new PgError('the PostgreSQL connection is closed', undefined);
    Atomics.store(signal, 0, 0);
    port1.postMessage(message);
    if (Atomics.wait(signal, 0, 0, QUERY_TIMEOUT_MS) === 'timed-out')
      throw new PgError(`PostgreSQL did not answer within ${QUERY_TIMEOUT_MS / 1000} s`, '57014');
    const answer = receiveMessageOnPort(port1)?.message as Answer | undefined;
    if (!answer) throw new PgError('PostgreSQL gave no answer', undefined);
    if (!answer.ok) throw new PgError(answer.error.message, answer.error.code);
    return answer.rows;
  }

  return {
    query: <R>(sql: string, params: unknown[] = []) => ask({ sql, params }) as R[],
    close() {
      if (closed) return;
      ask('close');
      closed = true;
      port1.close();
      void worker.terminate();
    },
  };
}
