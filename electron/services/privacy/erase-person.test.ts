import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/schemas/index.ts';
import { servicesIn, tempDir } from '../testing/temp-services.ts';

function everyFile(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? everyFile(full) : [full];
  });
}

/** A person with leave, a placement, a structural line and a request assignment in the demo. */
function wellConnected(workspace: Workspace) {
  const person = workspace.people.find(
    (p) =>
      workspace.placements.some((x) => x.personId === p.id) &&
      workspace.leave.some((x) => x.personId === p.id) &&
      workspace.structural.some((x) => x.personId === p.id) &&
      workspace.requests.some((r) => r.assignments.some((a) => a.personId === p.id)),
  );
  if (!person) throw new Error('the demo has no well-connected person');
  return person;
}

describe('GDPR requests', () => {
  it('exports everything the workspace holds about one person', async () => {
    const services = servicesIn();
    const workspace = services.context.store.document().workspace;
    const person = wellConnected(workspace);
    const result = await services.call('exportPerson', { id: person.id });
    if (!result.ok) throw new Error(result.error.message);
    const { data, content } = result.value as {
      data: { leave: unknown[]; placements: unknown[]; requestAssignments: unknown[] };
      content: string;
    };
    expect(data.leave).toHaveLength(workspace.leave.filter((l) => l.personId === person.id).length);
    expect(data.placements).toHaveLength(workspace.placements.filter((l) => l.personId === person.id).length);
    expect(data.requestAssignments.length).toBeGreaterThan(0);
    expect(JSON.parse(content)).toEqual(data);
  });

  it('erases a person from the workspace, every backup and every moved-aside file', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    const person = wellConnected(first.context.store.document().workspace);
    await first.call('backupNow', {});
    await first.call('resetWorkspace', { to: 'empty' });
    await first.call('restoreBackup', { file: 'workspace-2026-11-23T10-00-00-000Z-manual.json' });
    // A damaged copy that mentions the person cannot be cleaned, and one that does not stays for recovery.
    // The journal now holds the person in its history too: the reset and the restore, and this edit.
    await first.call('updatePerson', { ...person, skills: [...person.skills, 'notulen'] });
    const damaged = fs
      .readFileSync(path.join(dir, 'backups', 'workspace-2026-11-23T10-00-00-000Z-manual.json'), 'utf8')
      .slice(0, 5000);
    fs.writeFileSync(
      path.join(dir, 'workspace-unreadable-2026-11-01T00-00-00-000Z.json'),
      `${damaged}, "x": "${person.name}"`,
    );
    fs.writeFileSync(path.join(dir, 'workspace-unreadable-2026-10-01T00-00-00-000Z.json'), '{"broken');
    const services = servicesIn(dir);
    const others = services.context.store.document().workspace.people.length - 1;

    const result = await services.call('erasePerson', { id: person.id });
    if (!result.ok) throw new Error(result.error.message);
    const { deletedFiles, rewrittenFiles } = result.value as { deletedFiles: string[]; rewrittenFiles: string[] };
    expect(deletedFiles).toEqual(['workspace-unreadable-2026-11-01T00-00-00-000Z.json']);
    expect(rewrittenFiles.length).toBeGreaterThanOrEqual(3);

    for (const file of everyFile(dir)) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toContain(person.name);
      expect(text, file).not.toContain(`"${person.id}"`);
    }
    const workspace = services.context.store.document().workspace;
    expect(workspace.people).toHaveLength(others);
    expect(workspace.structural.some((s) => s.backupPersonId === person.id)).toBe(false);
    expect(services.context.store.historyStatus().undo).toBeNull();
    expect(fs.existsSync(path.join(dir, 'workspace-unreadable-2026-10-01T00-00-00-000Z.json'))).toBe(true);
    // The rewritten backups still restore.
    const restored = await services.call('restoreBackup', { file: 'workspace-2026-11-23T10-00-00-000Z-manual.json' });
    expect(restored.ok).toBe(true);
    expect(services.context.store.document().workspace.people).toHaveLength(others);
  });

  it('erases a person from a closed month as reported and from the lead’s commentary on it', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    const person = wellConnected(services.context.store.document().workspace);
    const commentary = await services.call('setMonthCommentary', {
      month: '2026-10',
      text: `${person.name} nam de notulen over.`,
    });
    expect(commentary.ok).toBe(true);
    const closed = await services.call('closeMonth', { month: '2026-10' });
    if (!closed.ok) throw new Error(closed.error.message);
    expect(JSON.stringify(services.context.store.document().workspace.closedMonths)).toContain(person.name);

    const result = await services.call('erasePerson', { id: person.id });
    if (!result.ok) throw new Error(result.error.message);
    const workspace = services.context.store.document().workspace;
    expect(workspace.monthNotes['2026-10']).toBe('[verwijderd] nam de notulen over.');
    expect(workspace.closedMonths[0]?.closed).toBe(true);
    for (const file of everyFile(dir)) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toContain(person.name);
      expect(text, file).not.toContain(`"${person.id}"`);
    }
  });

  it('keeps requests, which belong to their requester, and drops only the erased person’s assignments', async () => {
    const services = servicesIn();
    const before = services.context.store.document().workspace;
    const person = wellConnected(before);
    await services.call('erasePerson', { id: person.id });
    const after = services.context.store.document().workspace;
    expect(after.requests).toHaveLength(before.requests.length);
    expect(after.requests.flatMap((r) => r.assignments).some((a) => a.personId === person.id)).toBe(false);
  });

  it('purges leave that ended longer ago than the retention period, at start and on request', async () => {
    const services = servicesIn();
    const leave = services.context.store.document().workspace.leave;
    await services.call('updateSettings', {
      ...services.context.store.document().workspace.settings,
      leaveRetentionMonths: 3,
    });
    const expected = leave.filter((l) => l.to >= '2026-08-23').length;
    const result = await services.call('purgeOldLeave', {});
    expect(result.ok && (result.value as { removed: number }).removed).toBe(leave.length - expected);
    expect(services.context.store.document().workspace.leave).toHaveLength(expected);
    expect(expected).toBeLessThan(leave.length);
  });

  it('purges expired leave when the store opens', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    await first.call('updateSettings', {
      ...first.context.store.document().workspace.settings,
      leaveRetentionMonths: 1,
    });
    const reopened = servicesIn(dir);
    expect(reopened.context.store.document().workspace.leave.every((l) => l.to >= '2026-10-23')).toBe(true);
  });
});
