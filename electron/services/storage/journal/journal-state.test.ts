import { describe, expect, it } from 'vitest';
import { emptyWorkspace } from '../../../../shared/demo/index.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import type { JournalPort } from './journal-port.ts';
import { readLatestSnapshot } from './journal-state.ts';

const plain = { encrypts: false, encode: (json: string) => json, decode: (text: string) => text } as FileCodec;

describe('a snapshot written before later workspace fields existed', () => {
  it('opens with their defaults: no month commentary, no cover gaps set aside', () => {
    const { monthNotes: _notes, coverDismissals: _dismissals, ...older } = emptyWorkspace();
    const port = { latestSnapshot: () => ({ revision: 7, payload: JSON.stringify(older) }) } as JournalPort;
    const { revision, workspace } = readLatestSnapshot(port, plain);
    expect(revision).toBe(7);
    expect(workspace.monthNotes).toEqual({});
    expect(workspace.coverDismissals).toEqual([]);
  });
});
