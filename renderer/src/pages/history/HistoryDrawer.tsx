import { Badge, Button, Drawer, Group, Loader, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/contract/history.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot, useWorkspaceState } from '../../state/workspace-state.tsx';
import { describeEntry } from './describe-entry.ts';
import { useModalAbove } from '../../components/use-modal-above.ts';

const PAGE = 100;

function formatWhen(at: string, language: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}

/** Every saved change, newest first, filtered by person or request; "back to this point" undoes what came after. */
export function HistoryDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const modalAbove = useModalAbove();
  const language = useLanguage();
  const state = useWorkspaceState();
  const snapshot = useSnapshot();
  const run = useCommand();
  const [personId, setPersonId] = useState<string | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [hasMore, setHasMore] = useState(false);

  const filter = useMemo(
    () => ({ ...(personId ? { personId } : {}), ...(requestId ? { requestId } : {}) }),
    [personId, requestId],
  );
  const show = useCallback((page: HistoryEntry[], older: boolean) => {
    setEntries((shown) => (older && shown ? [...shown, ...page] : page));
    setHasMore(page.length === PAGE);
  }, []);
  // Fresh lines whenever the drawer opens, the filter changes or a change lands (here or in another window).
  useEffect(() => {
    if (opened)
      state.api.getHistory({ ...filter, limit: PAGE }).then(
        (page) => show(page, false),
        () => show([], false),
      );
  }, [opened, state, filter, show, snapshot.revision]);
  const loadOlder = (before: number) =>
    void state.api.getHistory({ ...filter, limit: PAGE, before }).then((page) => show(page, true));

  const people = snapshot.workspace.people.map((p) => ({ value: p.id, label: p.name }));
  const requests = snapshot.workspace.requests.map((r) => ({ value: r.id, label: r.title }));
  const undoable = (entry: HistoryEntry) =>
    entry.revision < snapshot.revision &&
    snapshot.history.undo !== null &&
    snapshot.history.undo.revision > entry.revision;

  const backTo = async (entry: HistoryEntry) => {
    const count =
      entries?.filter((e) => e.revision > entry.revision && e.kind === 'change' && e.state === 'done').length ?? 0;
    if (!window.confirm(t('history.confirmBackTo', { count }))) return;
    await run((api) => api.undoTo({ revision: entry.revision }));
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      closeOnEscape={!modalAbove}
      position="right"
      size="lg"
      title={t('history.title')}
      data-testid="history-drawer"
    >
      <Stack gap="sm">
        <Text size="sm">{t('history.intro')}</Text>
        <Group grow>
          <Select
            label={t('history.filterPerson')}
            placeholder={t('history.filterAll')}
            data={people}
            value={personId}
            onChange={setPersonId}
            searchable
            clearable
            data-testid="history-filter-person"
          />
          <Select
            label={t('history.filterRequest')}
            placeholder={t('history.filterAll')}
            data={requests}
            value={requestId}
            onChange={setRequestId}
            searchable
            clearable
            limit={50}
            data-testid="history-filter-request"
          />
        </Group>
        {entries === null ? (
          <Loader size="sm" />
        ) : entries.length === 0 ? (
          <Text c="dimmed" data-testid="history-empty">
            {personId || requestId ? t('history.emptyFiltered') : t('history.empty')}
          </Text>
        ) : (
          <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="history-list">
            {entries.map((entry) => (
              <Group
                key={entry.revision}
                component="li"
                justify="space-between"
                wrap="nowrap"
                gap="sm"
                align="flex-start"
                data-testid="history-entry"
              >
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" td={entry.state === 'undone' ? 'line-through' : undefined} data-testid="history-text">
                    {describeEntry(entry, t, language)}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c="gray.7">
                      {formatWhen(entry.at, language)}
                      {entry.author && ` · ${t('session.by', { author: entry.author })}`}
                    </Text>
                    {entry.state === 'undone' && (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('history.isUndone')}
                      </Badge>
                    )}
                  </Group>
                </Stack>
                {undoable(entry) && (
                  <Tooltip label={t('history.backToHint')} multiline maw={280}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => void backTo(entry)}
                      data-testid="history-back-to"
                    >
                      {t('history.backTo')}
                    </Button>
                  </Tooltip>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {hasMore && entries && (
          <Button
            variant="default"
            size="xs"
            onClick={() => loadOlder(entries[entries.length - 1]!.revision)}
            data-testid="history-more"
          >
            {t('history.more')}
          </Button>
        )}
      </Stack>
    </Drawer>
  );
}
