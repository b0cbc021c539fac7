export type PaletteGroup = 'pages' | 'actions' | 'people' | 'requests' | 'placements' | 'clients';

/** One thing the palette can go to or do, before it is drawn. */
export type PaletteEntry = {
  id: string;
  group: PaletteGroup;
  label: string;
  description?: string;
  keywords?: readonly string[];
  /** Shown before anything is typed (pages and actions); the rest waits for a name. */
  idle?: boolean;
  /** Only while nothing is typed: a step that leads to typed entries ("Log leave…"). */
  idleOnly?: boolean;
};

/** Lower case without accents, so "ozturk" finds "Öztürk" and "cafe" finds "Café". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The entries a query finds: every typed word must occur in the label, description or keywords;
 * the labels that start with the query come first (their group too), then the given order. An empty
 * query shows the idle entries. At most `perGroup` entries of each group, so one long list of
 * requests cannot push the people out of sight.
 */
export function filterEntries<T extends PaletteEntry>(query: string, entries: readonly T[], perGroup = 6): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries.filter((e) => e.idle || e.idleOnly);
  const whole = words.join(' ');
  const found = entries.filter((e) => {
    if (e.idleOnly) return false;
    const text = fold([e.label, e.description ?? '', ...(e.keywords ?? [])].join(' '));
    return words.every((w) => text.includes(w));
  });
  const rank = (e: T) => (fold(e.label).startsWith(whole) ? 0 : 1);
  // A group with a name that starts with the query comes first: typing a client's name finds the
  // client before "Undo: client added: …", which only mentions it.
  const best = (group: PaletteGroup) => Math.min(...found.filter((e) => e.group === group).map(rank));
  const groups = [...new Set(found.map((e) => e.group))].sort((a, b) => best(a) - best(b));
  return groups.flatMap((group) =>
    found
      .filter((e) => e.group === group)
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
      .slice(0, perGroup)
      .map(({ e }) => e),
  );
}
