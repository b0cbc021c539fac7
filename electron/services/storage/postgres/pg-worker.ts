import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';

/**
 * The PostgreSQL driver on its own thread. It answers one query at a time on `port` and wakes
 * the waiting caller through the shared flag (see pg-sync.ts).
 */
type Job = { sql: string; params: unknown[] };
type Setup = { connectionString: string; port: MessagePort; flag: SharedArrayBuffer };

const { connectionString, port, flag } = workerData as Setup;
// Revisions are bigint; they stay far below 2^53, and the journal counts with numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
const signal = new Int32Array(flag);
const client = new pg.Client({ connectionString, application_name: 'secretariaat' });

function wake(message: unknown): void {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

const connected = client.connect().then(
  () => null,
  (error: Error) => error,
);

port.on('message', (job: Job | 'close') => {
  void (async () => {
    const failed = await connected;
    if (job === 'close') {
      await client.end().catch(() => undefined);
      wake({ ok: true, rows: [] });
      port.close();
      return;
    }
    if (failed)
      return wake({ ok: false, error: { message: failed.message, code: (failed as { code?: string }).code } });
    try {
      const result = await client.query(job.sql, job.params);
      wake({ ok: true, rows: result.rows });
    } catch (error) {
      const e = error as { message: string; code?: string };
      wake({ ok: false, error: { message: e.message, code: e.code } });
    }
  })();
});

// A lost connection fails the next query with a clear message instead of killing the host.
client.on('error', () => undefined);
parentPort?.postMessage('ready');
