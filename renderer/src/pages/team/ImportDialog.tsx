import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/contract/index.ts';
import type { ImportKind, ImportPreview, RowProblem } from '../../../../shared/import/types.ts';
import { useWorkspaceState } from '../../state/workspace-state.tsx';
import { fileAsBase64 } from '../settings/file-transfer.ts';

type Chosen = { fileName: string; base64: string; preview: ImportPreview };

/**
 * Import from a CSV or XLSX file: the main process reads and checks every row and this dialog only
 * shows the result; nothing is written until Confirm, which is possible only when every row is fine.
 */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const state = useWorkspaceState();
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const describe = (problem: RowProblem) => t(`settingsExtra.import.problem.${problem.code}`, { column: problem.column, value: problem.value });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setChosen(null);
    try {
      const base64 = await fileAsBase64(file);
      const preview = await state.api.previewImport({ kind, fileName: file.name, base64 });
      setChosen({ fileName: file.name, base64, preview });
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    }
  };

  const confirm = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      await state.apply((api) => api.applyImport({ kind, fileName: chosen.fileName, base64: chosen.base64 }));
      notifications.show({ color: 'teal', message: t('settingsExtra.import.done', { count: chosen.preview.rows.length }) });
      setOpened(false);
      setChosen(null);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const rows = chosen?.preview.rows ?? [];
  const okCount = rows.filter((r) => r.problem === null).length;
  const hasProblems = okCount < rows.length;

  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} data-testid={`import-${kind}`}>
        {t('settingsExtra.import.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        size="xl"
        title={t(kind === 'people' ? 'settingsExtra.import.title' : 'settingsExtra.import.placementsTitle')}
      >
        <Stack data-testid="import-dialog">
          <Text size="sm">{t('settingsExtra.import.intro')}</Text>
          <Group>
            <Button variant="light" onClick={() => fileInput.current?.click()}>
              {t('settingsExtra.import.choose')}
            </Button>
            {chosen && <Text size="sm">{chosen.fileName}</Text>}
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.txt,.xlsx"
              hidden
              data-testid="import-file"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                void choose(file);
              }}
            />
          </Group>
          {error && (
            <Alert color="red" variant="light" data-testid="import-error">
              {error}
            </Alert>
          )}
          {chosen && (
            <>
              <Text size="sm" fw={500} data-testid="import-summary">
                {t('settingsExtra.import.summary', { ok: okCount, total: rows.length })}
                {hasProblems && ` — ${t('settingsExtra.import.fixFirst')}`}
              </Text>
              <ScrollArea.Autosize mah={360}>
                <Table verticalSpacing={4} data-testid="import-preview">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={60}>{t('settingsExtra.import.row')}</Table.Th>
                      <Table.Th>{t('settingsExtra.import.name')}</Table.Th>
                      <Table.Th>{t('settingsExtra.import.result')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr
                        key={row.row}
                        bg={row.problem ? 'var(--mantine-color-red-light)' : undefined}
                        data-testid={row.problem ? 'import-row-problem' : 'import-row-ok'}
                      >
                        <Table.Td>{row.row}</Table.Td>
                        <Table.Td>{row.label}</Table.Td>
                        <Table.Td c={row.problem ? 'red.8' : 'teal.8'}>{row.problem ? describe(row.problem) : t('settingsExtra.import.ok')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button disabled={!chosen || hasProblems || rows.length === 0} loading={busy} onClick={() => void confirm()} data-testid="import-confirm">
              {t('settingsExtra.import.confirm', { count: rows.length })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
