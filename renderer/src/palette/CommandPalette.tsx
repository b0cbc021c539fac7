import { Text } from '@mantine/core';
import { createSpotlightStore, Spotlight, useSpotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterEntries } from './palette-filter.ts';
import type { PaletteItem } from './use-palette-entries.ts';
import { usePaletteEntries } from './use-palette-entries.ts';

/**
 * The command palette (Ctrl/Cmd+K): go to any page or record by part of its name, or start an
 * action. Its own chunk, loaded on the first Ctrl+K; `request` counts the times it was asked for,
 * so each ask opens it again. The shell listens for the shortcut, so it also works before this loads.
 */
const store = createSpotlightStore();
const setOpened = (opened: boolean) => store.setState((state) => ({ ...state, opened, selected: -1 }));

/**
 * Spotlight keeps the arrowed-to row (an index, and a data-selected mark on its element) when the
 * query changes, so Enter would open whatever now stands there. A new query starts unselected.
 */
function clearSelection(): void {
  document
    .getElementById(store.getState().listId)
    ?.querySelectorAll('[data-selected]')
    .forEach((el) => el.removeAttribute('data-selected'));
  store.setState((state) => ({ ...state, selected: -1 }));
}

export function CommandPalette({ request }: { request: number }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const changeQuery = (next: string) => {
    setQuery(next);
    clearSelection();
  };
  const entries = usePaletteEntries(changeQuery);
  const { selected } = useSpotlight(store);
  useEffect(() => {
    if (request > 0) setOpened(true);
  }, [request]);

  const found = filterEntries(query, entries);
  const search = useRef<HTMLInputElement>(null);
  const choose = (entry: PaletteItem) => {
    if (entry.keepOpen) {
      entry.run();
      // A step ("Log leave…") continues in the box: the next keys must land there, also after a click.
      search.current?.focus();
      return;
    }
    // Closed first, so its focus trap lets go: a drawer or form the choice opens then takes the focus, and Escape reaches it.
    setOpened(false);
    requestAnimationFrame(() => entry.run());
  };
  // Enter right after typing takes the first hit, as in any search box; the arrows pick another.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && selected < 0 && found[0]) {
      event.preventDefault();
      choose(found[0]);
    }
  };
  const groups = [...new Set(found.map((e) => e.group))];

  // Built from its parts rather than <Spotlight actions>: the list is filtered here (per-group
  // limits, accents), and the footer tells how to work it by keyboard.
  return (
    // No focus return: what a choice opens (a drawer, a form) takes the focus, and Escape must reach it.
    // Emptied on opening, not after closing: a close's fade-out could end after a quick reopen and wipe what was just typed.
    // The title names the dialog for screen readers (aria-labelledby); the search box says the same, so its header stays hidden.
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={changeQuery}
      shortcut={null}
      clearQueryOnClose={false}
      onSpotlightOpen={() => changeQuery('')}
      scrollable
      maxHeight={460}
      size="lg"
      title={t('palette.label')}
      styles={{ header: { display: 'none' } }}
      returnFocus={false}
      data-testid="palette"
    >
      <Spotlight.Search
        ref={search}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.label')}
        onKeyDown={onKeyDown}
        data-testid="palette-search"
      />
      <Spotlight.ActionsList aria-label={t('palette.label')}>
        {found.length === 0 && <Spotlight.Empty>{t('palette.nothingFound')}</Spotlight.Empty>}
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group} label={t(`palette.groups.${group}`)}>
            {found
              .filter((e) => e.group === group)
              .map((e) => (
                <Spotlight.Action
                  key={e.id}
                  label={e.label}
                  description={e.description}
                  onClick={() => choose(e)}
                  closeSpotlightOnTrigger={!e.keepOpen}
                  highlightQuery
                  data-testid={`palette-${e.id}`}
                />
              ))}
          </Spotlight.ActionsGroup>
        ))}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Text size="xs" c="dimmed">
          {t('palette.hint')}
        </Text>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
}
