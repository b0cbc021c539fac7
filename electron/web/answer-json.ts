import type { Envelope } from '../../shared/contract/errors.ts';

/*
 * A snapshot's workspace is most of every answer that carries one (7 MB of JSON at 500 people) and
 * never changes in place: the store replaces the object on every change (immer), and the renderer
 * already relies on that to recompute only what changed. So its JSON is written once per workspace
 * object and reused by every load until the next change: each reload, second window or browser
 * after the first then gets its answer without the host spending ~35 ms writing the same text.
 */
const written = new WeakMap<object, string>();

function workspaceJson(workspace: object): string {
  let json = written.get(workspace);
  if (json === undefined) {
    json = JSON.stringify(workspace);
    written.set(workspace, json);
  }
  return json;
}

function isSnapshotLike(value: unknown): value is { workspace: object } & Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'workspace' in value &&
    typeof value.workspace === 'object' &&
    value.workspace !== null
  );
}

/** The envelope as JSON text, the same value JSON.stringify gives (the workspace's key comes last). */
export function envelopeJson(body: Envelope): string {
  if (!body.ok || !isSnapshotLike(body.value)) return JSON.stringify(body);
  const { workspace, ...rest } = body.value;
  const head = JSON.stringify(rest);
  const fields = head === '{}' ? '' : `${head.slice(1, -1)},`;
  return `{"ok":true,"value":{${fields}"workspace":${workspaceJson(workspace)}}}`;
}
