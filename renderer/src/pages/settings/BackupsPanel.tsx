import { Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupListItem } from '../../../../shared/contract/data-care-ops.ts';
import { useCall, useCommand, useShowFailure } from '../../state/use-command.ts';
import { useSnapshot, useWorkspaceState } from '../../state/workspace-state.tsx';
import { downloadText } from '../../components/file-transfer.ts';

const KNOWN_REASONS = [
  'manual',
  'daily',
  'before-migration',
  'before-restore',
  'before-reset',
  'before-import',
] as const;
const knownReason = (reason: string) => KNOWN_REASONS.find((known) => known === reason) ?? 'unknown';

function formatStamp(iso: string, language: string): string {
  if (iso === '') return '';
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Backups list with restore, whole-workspace export/import and the data folder: the user's own safety net. */
export function BackupsPanel({ refresh }: { refresh: number }) {
  const { t, i18n } = useTranslation();
  const state = useWorkspaceState();
  const snapshot = useSnapshot();
  const run = useCommand();
  const [backups, setBackups] = useState<BackupListItem[]>([]);
  // Importing or restoring the very workspace that is open changes no record, so no revision either; the new backup must still show.
  const [replaced, setReplaced] = useState(0);
  const [canShowFolder, setCanShowFolder] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const showFailure = useShowFailure();
  const call = useCall();
  const fail = useCallback((error: unknown) => void showFailure(error), [showFailure]);
  // The list is read again after every change, since most changes can add a daily or before-* backup.
  useEffect(() => {
    state.api.listBackups({}).then(setBackups, fail);
  }, [state, snapshot.revision, refresh, replaced, fail]);
  useEffect(() => {
    state.api.getCapabilities({}).then((c) => setCanShowFolder(c.showDataFolder), fail);
  }, [state, fail]);

  const restore = async (backup: BackupListItem) => {
    if (!window.confirm(t('settings.backups.confirmRestore', { date: formatStamp(backup.date, i18n.language) })))
      return;
    const failure = await run((api) => api.restoreBackup({ file: backup.name }));
    setReplaced((n) => n + 1);
    if (!failure) notifications.show({ color: 'teal', message: t('settings.backups.restored') });
  };

  const exportWorkspace = async () => {
    const file = await call((api) => api.exportWorkspace({}));
    if (file.ok) downloadText(file.value.fileName, file.value.content);
  };

  const importWorkspace = async (file: File | undefined) => {
    if (!file || !window.confirm(t('settings.transfer.confirmImport', { file: file.name }))) return;
    const content = await file.text();
    const failure = await run((api) => api.importWorkspace({ content }));
    setReplaced((n) => n + 1);
    if (!failure) notifications.show({ color: 'teal', message: t('settings.transfer.imported') });
  };

  return (
    <>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>{t('settings.backups.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('settings.backups.intro')}
          </Text>
          {backups.length === 0 ? (
            <Text size="sm">{t('settings.backups.empty')}</Text>
          ) : (
            <ScrollArea.Autosize mah={260}>
              <Table striped verticalSpacing={4} data-testid="backups-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('settings.backups.date')}</Table.Th>
                    <Table.Th>{t('settings.backups.reason')}</Table.Th>
                    <Table.Th>{t('settings.backups.holds')}</Table.Th>
                    <Table.Th ta="right">{t('settings.backups.size')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {backups.map((backup) => (
                    <Table.Tr key={backup.name} data-testid="backup-row" title={backup.name}>
                      <Table.Td>{formatStamp(backup.date, i18n.language)}</Table.Td>
                      <Table.Td>{t(`settings.backups.reasons.${knownReason(backup.reason)}`)}</Table.Td>
                      <Table.Td data-testid="backup-holds">
                        {backup.holds ? (
                          <Text size="sm" span title={t('settings.backups.holdsTitle', backup.holds)}>
                            {t('settings.backups.holdsValue', backup.holds)}
                          </Text>
                        ) : (
                          <Text size="sm" span c="red.9">
                            {t('settings.backups.unreadable')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{formatSize(backup.size)}</Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => void restore(backup)}
                          data-testid="backup-restore"
                        >
                          {t('settings.backups.restore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>{t('settings.transfer.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('settings.transfer.intro')}
          </Text>
          <Group>
            <Button variant="light" onClick={() => void exportWorkspace()} data-testid="workspace-export">
              {t('settings.transfer.export')}
            </Button>
            <Button variant="default" onClick={() => fileInput.current?.click()}>
              {t('settings.transfer.import')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".secretariaat,.json"
              hidden
              data-testid="workspace-import-file"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                void importWorkspace(file);
              }}
            />
            {canShowFolder && (
              <Button
                variant="default"
                onClick={() => state.api.showDataFolder({}).catch(fail)}
                data-testid="show-data-folder"
              >
                {t('settings.transfer.showFolder')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
