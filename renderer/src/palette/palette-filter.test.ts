import { describe, expect, it } from 'vitest';
import { filterEntries, type PaletteEntry } from './palette-filter.ts';

const entries: PaletteEntry[] = [
  { id: 'page-today', group: 'pages', label: 'Vandaag', idle: true },
  { id: 'page-team', group: 'pages', label: 'Team', idle: true },
  { id: 'leave', group: 'actions', label: 'Verlof invoeren…', idleOnly: true },
  { id: 'leave-ayse', group: 'actions', label: 'Verlof invoeren: Ayşe Öztürk' },
  { id: 'person-ayse', group: 'people', label: 'Ayşe Öztürk', keywords: ['notulen'] },
  { id: 'person-bram', group: 'people', label: 'Bram de Vries' },
  { id: 'request-1', group: 'requests', label: 'Notulen bestuur', description: 'Bram de Vries' },
];
const ids = (query: string, perGroup?: number) => filterEntries(query, entries, perGroup).map((e) => e.id);

describe('palette filter', () => {
  it('shows pages and first steps before anything is typed', () => {
    expect(ids('')).toEqual(['page-today', 'page-team', 'leave']);
  });

  it('finds by part of a name, ignoring case and accents', () => {
    expect(ids('ozt')).toEqual(['leave-ayse', 'person-ayse']);
  });

  it('needs every typed word, in any field, in any order', () => {
    expect(ids('verlof ayse')).toEqual(['leave-ayse']);
    expect(ids('vries notulen')).toEqual(['request-1']);
  });

  it('puts labels that start with the query first, their group before the others', () => {
    expect(ids('notulen')).toEqual(['request-1', 'person-ayse']);
    expect(ids('bram')).toEqual(['person-bram', 'request-1']);
  });

  it('keeps each group short', () => {
    const many: PaletteEntry[] = Array.from({ length: 20 }, (_, i) => ({
      id: `r${i}`,
      group: 'requests',
      label: `Verzoek ${i}`,
    }));
    expect(filterEntries('verzoek', many, 5)).toHaveLength(5);
  });
});
