import { describe, expect, it } from 'vitest';
import { envelopeChunks } from './answer-json.ts';

const envelopeJson = (body: Parameters<typeof envelopeChunks>[0]): string =>
  Buffer.concat(envelopeChunks(body)).toString('utf8');

describe('an answer as JSON text', () => {
  it('reads back as the same value as JSON.stringify gives, for snapshots, updates and errors', () => {
    const workspace = { people: [{ id: 'p1', name: 'Ank "de" Vries', note: 'één\n' }], requests: [] };
    const bodies = [
      { ok: true as const, value: { revision: 3, today: '2026-11-23', workspace } },
      { ok: true as const, value: { workspace } },
      { ok: true as const, value: { revision: 4, base: 3, patches: [{ kind: 'workspace', after: workspace }] } },
      { ok: true as const, value: null },
      { ok: false as const, error: { code: 'invalid_input' as const, message: 'name: too long', field: 'name' } },
    ];
    for (const body of bodies) expect(JSON.parse(envelopeJson(body))).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it('writes a new workspace object afresh, so a changed workspace is never answered with the old text', () => {
    const before = { people: [{ id: 'p1', name: 'Ank' }] };
    const after = { people: [{ id: 'p1', name: 'Bea' }] };
    expect(JSON.parse(envelopeJson({ ok: true, value: { revision: 1, workspace: before } })).value.workspace).toEqual(
      before,
    );
    expect(JSON.parse(envelopeJson({ ok: true, value: { revision: 2, workspace: after } })).value).toEqual({
      revision: 2,
      workspace: after,
    });
  });

  it('is plain ASCII, and names with accents, quotes and emoji read back exactly', () => {
    const workspace = {
      people: [{ id: 'p1', name: 'Zoë Öztürk-Şahin', note: 'Iñés’ “agenda” 😀 €12,50 \u2028' }],
      requests: [],
    };
    const body = {
      ok: true as const,
      value: { revision: 1, storage: { dataFile: '/home/zoë/Secretariaat/workspace.db' }, workspace },
    };
    const bytes = Buffer.concat(envelopeChunks(body));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(body);
    const error = {
      ok: false as const,
      error: { code: 'invalid_input' as const, message: 'naam “Zoë” bestaat al', field: null },
    };
    const errorBytes = Buffer.concat(envelopeChunks(error));
    expect(errorBytes.every((byte) => byte < 0x80)).toBe(true);
    expect(JSON.parse(errorBytes.toString('utf8'))).toEqual(error);
  });
});
