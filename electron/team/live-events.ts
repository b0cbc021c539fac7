import type { ServerResponse } from 'node:http';
import type { WorkspaceStore } from '../services/storage/workspace-store.ts';

/** How often the server looks for rows another server process committed to the same database. */
const LOOK_MS = 250;
/** Keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events: every open browser hears the new revision as soon as a change is committed
 * (by this server at once, by another server process on the same database within a quarter
 * second), and then asks for the changes since its own revision.
 */
export function liveEvents(store: WorkspaceStore) {
  const clients = new Set<ServerResponse>();
  let told = store.revision();

  function notify(): void {
    const revision = store.revision();
    if (revision === told) return;
    told = revision;
    for (const res of clients) res.write(`event: revision\ndata: ${revision}\n\n`);
  }

  const look = setInterval(() => {
    try {
      if (store.refresh()) notify();
    } catch (error) {
      console.warn(`[secretariaat] could not look for changes: ${(error as Error).message}`);
    }
  }, LOOK_MS);
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': still here\n\n');
  }, HEARTBEAT_MS);
  look.unref();
  heartbeat.unref();

  return {
    notify,
    open(res: ServerResponse): void {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`event: revision\ndata: ${store.revision()}\n\n`);
      clients.add(res);
      res.on('close', () => clients.delete(res));
    },
    count: () => clients.size,
    close(): void {
      clearInterval(look);
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
export type LiveEvents = ReturnType<typeof liveEvents>;
