import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../shared/demo/index.ts';
import { CURRENT_SCHEMA_VERSION, type StoredDocument, type Workspace } from '../../shared/schemas/index.ts';
import { fixedClock, tempDir, TEST_TODAY } from '../../electron/services/testing/temp-services.ts';
import { openWorkspaceStore, type WorkspaceStore } from '../../electron/services/storage/workspace-store.ts';
import { openTeamStore } from '../../electron/services/storage/postgres/open-team-store.ts';
import { memoryBackend } from './fuzz/memory-services.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../support/pg-cluster.ts';

/**
 * One contract for every place the journal can live. Each engine opens "the same workspace" twice
 * (two windows on one folder, or two servers on one database) so the tests can check what one
 * process sees of the other's changes.
 */
type Engine = {
  name: string;
  available: () => boolean;
  setUp?: () => Promise<void>;
  tearDown?: () => void;
  newWorkspace: () => () => WorkspaceStore;
};

const demo: Workspace = generateDemoWorkspace({ people: 4, today: TEST_TODAY });
const firstStart = (): StoredDocument => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  preferences: { language: 'nl' },
  workspace: structuredClone(demo),
});

let cluster: PgCluster | null = null;
let schemas = 0;

const engines: Engine[] = [
  {
    name: 'SQLite file',
    available: () => true,
    newWorkspace() {
      const dir = tempDir();
      return () =>
        openWorkspaceStore({ dir, backend: memoryBackend, now: fixedClock.now, firstStart, afterRecovery: firstStart });
    },
  },
  {
    name: 'PostgreSQL',
    available: pgAvailable,
    async setUp() {
      cluster = await startPgCluster();
    },
    tearDown: () => cluster?.stop(),
    newWorkspace() {
      const schema = `contract_${++schemas}`;
      const dir = tempDir();
      return () =>
        openTeamStore({
          connectionString: cluster!.url(),
          schema,
          dir,
          now: fixedClock.now,
          backend: memoryBackend,
          firstStart,
        }).store;
    },
  },
];

const rename = (store: WorkspaceStore, name: string, caller?: { author: string | null; base: number | null }) =>
  store.update(
    (w) => {
      w.people[0]!.name = name;
    },
    { op: 'updatePerson', caller },
  );

for (const engine of engines) {
  describe.skipIf(!engine.available())(`the journal in ${engine.name}`, () => {
    const open: WorkspaceStore[] = [];
    const opener = () => {
      const make = engine.newWorkspace();
      return () => {
        const store = make();
        open.push(store);
        return store;
      };
    };
    beforeAll(async () => engine.setUp?.(), 60_000);
    afterAll(() => {
      for (const store of open.splice(0)) {
        try {
          store.close();
        } catch {
          // closed by the test itself
        }
      }
      engine.tearDown?.();
    });

    it('keeps an acknowledged change across a restart, with its author in the history', () => {
      const openStore = opener();
      const store = openStore();
      rename(store, 'Anna Vos', { author: 'lead-a', base: store.revision() });
      store.close();
      const again = openStore();
      expect(again.workspace().people[0]!.name).toBe('Anna Vos');
      const [entry] = again.history({ limit: 5 });
      expect(entry).toMatchObject({ op: 'updatePerson', kind: 'change', author: 'lead-a' });
    });

    it('undoes and redoes exactly, and Undo takes back the caller’s own change, not a colleague’s', () => {
      const store = opener()();
      const original = store.workspace().people.map((p) => p.name);
      rename(store, 'Mine', { author: 'lead-a', base: store.revision() });
      store.update((w) => void (w.people[1]!.name = 'Theirs'), {
        op: 'updatePerson',
        caller: { author: 'lead-b', base: store.revision() },
      });
      expect(store.historyStatus({ author: 'lead-a', base: null }).undo?.author).toBe('lead-a');
      expect(store.undo({ author: 'lead-a', base: null })).toBe(true);
      expect(store.workspace().people.map((p) => p.name)).toEqual([original[0], 'Theirs', ...original.slice(2)]);
      expect(store.redo({ author: 'lead-a', base: null })).toBe(true);
      expect(store.workspace().people[0]!.name).toBe('Mine');
      expect(store.undo({ author: 'lead-c', base: null })).toBe(false);
    });

    it('shows each process the other’s changes, and loses none when both write in turns', () => {
      const openStore = opener();
      const one = openStore();
      const two = openStore();
      for (let i = 0; i < 10; i += 1) {
        const [writer, other] = i % 2 === 0 ? [one, two] : [two, one];
        writer.update((w) => void w.people[i % 4]!.skills.push(`skill-${i}`), { op: 'updatePerson' });
        expect(other.refresh()).toBe(true);
        expect(other.workspace()).toEqual(writer.workspace());
      }
      expect(
        one
          .workspace()
          .people.flatMap((p) => p.skills)
          .filter((s) => s.startsWith('skill-')),
      ).toHaveLength(10);
      expect(one.refresh()).toBe(false);
    });

    it('refuses a change to a record a colleague changed after the screen showed it, naming them, and writes nothing', () => {
      const openStore = opener();
      const a = openStore();
      const b = openStore();
      const seen = a.revision();
      rename(b, 'Changed by B', { author: 'lead-b', base: b.revision() });
      const before = a.revision();
      expect(() => rename(a, 'Changed by A', { author: 'lead-a', base: seen })).toThrow(/lead-b changed this/);
      expect(a.workspace().people[0]!.name).toBe('Changed by B');
      expect(a.revision()).toBe(before + 1);
      // Another record from the same out-of-date screen is fine: nothing of anyone is overwritten.
      a.update((w) => void (w.people[2]!.name = 'Other record'), {
        op: 'updatePerson',
        caller: { author: 'lead-a', base: seen },
      });
      b.refresh();
      expect(b.workspace().people.map((p) => p.name)).toContain('Other record');
    });

    it('answers a window that is behind with the patches since its revision', () => {
      const store = opener()();
      const base = store.revision();
      rename(store, 'One');
      rename(store, 'Two');
      const patches = store.patchesSince(base);
      expect(patches).toHaveLength(2);
      expect(patches?.[1]).toMatchObject({ kind: 'record', key: 'people', after: { name: 'Two' } });
    });

    it('erases a person from every line of the history', () => {
      const store = opener()();
      const person = store.workspace().people[3]!;
      rename(store, 'Someone else');
      store.update((w) => void (w.people[3]!.email = 'private.note@example.org'), { op: 'updatePerson' });
      store.replace((w) => ({ ...w, people: w.people.filter((p) => p.id !== person.id) }), {
        op: 'erasePerson',
        undoable: false,
      });
      store.eraseFromHistory({ id: person.id, name: person.name });
      const text = JSON.stringify(store.history({ limit: 100 }));
      expect(text).not.toContain(person.name);
      expect(text).not.toContain('private.note@example.org');
      expect(store.historyStatus().undo).toBeNull();
    });
  });
}
