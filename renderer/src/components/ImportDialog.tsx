import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract/index.ts';
import { IMPORT_LIMITS, IMPORT_LIMIT_MB } from '../../../shared/import/limits.ts';
import type { ImportKind, ImportPreview, RowProblem } from '../../../shared/import/types.ts';
import { useLanguage } from '../state/use-command.ts';
import { useWorkspaceState } from '../state/workspace-state.tsx';
import { fileAsBase64 } from './file-transfer.ts';
import { localParams } from './import-messages-params.ts';

type Chosen = { fileName: string; base64: string; preview: ImportPreview };
type Reading = { fileName: string; jobId: string };

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
  const [reading, setReading] = useState<Reading | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const language = useLanguage();

  const describe = (problem: RowProblem) =>
    t(`import.problem.${problem.code}`, { column: problem.column, value: problem.value, limit: problem.limit ?? '' });
  /** A refused file is worded from its reason and parameters; anything else shows the host's message. */
  const wordFailure = (failure: unknown) =>
    failure instanceof ApiError && failure.detail
      ? t(`import.refused.${failure.detail.reason}`, {
          ...localParams(failure.detail.params, language),
          defaultValue: failure.message,
        })
      : failure instanceof Error
        ? failure.message
        : String(failure);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setChosen(null);
    // Refused here too, so a file over the limit is never read into memory or sent.
    if (file.size > IMPORT_LIMITS.fileBytes)
      return setError(t('import.refused.file_too_large', { limitMb: IMPORT_LIMIT_MB }));
    const job = { fileName: file.name, jobId: crypto.randomUUID() };
    setReading(job);
    try {
      const base64 = await fileAsBase64(file);
      const preview = await state.api.previewImport({ kind, fileName: file.name, base64, jobId: job.jobId });
      setChosen({ fileName: file.name, base64, preview });
    } catch (failure) {
      setError(wordFailure(failure));
    } finally {
      setReading((current) => (current?.jobId === job.jobId ? null : current));
    }
  };

  const cancelReading = () => {
    // A cancel that fails leaves the worker to its time limit: nothing the user needs to hear about.
    if (reading) void state.api.cancelImport({ jobId: reading.jobId }).catch(() => undefined);
  };

  const close = () => {
    cancelReading();
    setOpened(false);
  };

  const confirm = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      await state.apply((api) => api.applyImport({ kind, fileName: chosen.fileName, base64: chosen.base64 }));
      notifications.show({ color: 'teal', message: t('import.done', { count: chosen.preview.rows.length }) });
      setOpened(false);
      setChosen(null);
    } catch (failure) {
      setError(wordFailure(failure));
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
        {t('import.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        size="xl"
        title={t(kind === 'people' ? 'import.title' : 'import.placementsTitle')}
      >
        <Stack data-testid="import-dialog">
          <Text size="sm">{t('import.intro')}</Text>
          <Text size="sm" c="gray.7" data-testid="import-limits">
            {t(
              'import.limits',
              localParams(
                { limitMb: IMPORT_LIMIT_MB, rows: IMPORT_LIMITS.rows, columns: IMPORT_LIMITS.columns },
                language,
              ),
            )}
          </Text>
          <Group>
            <Button variant="light" onClick={() => fileInput.current?.click()} disabled={reading !== null}>
              {t('import.choose')}
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
          {reading && (
            <Group data-testid="import-reading" role="status">
              <Loader size="sm" />
              <Text size="sm">{t('import.reading', { fileName: reading.fileName })}</Text>
              <Button variant="default" size="xs" onClick={cancelReading} data-testid="import-cancel-reading">
                {t('import.stopReading')}
              </Button>
            </Group>
          )}
          {error && (
            <Alert color="red" variant="light" data-testid="import-error">
              {error}
            </Alert>
          )}
          {chosen && (
            <>
              <Text size="sm" fw={500} data-testid="import-summary">
                {t('import.summary', { ok: okCount, total: rows.length })}
                {hasProblems && ` — ${t('import.fixFirst')}`}
              </Text>
              <ScrollArea.Autosize mah={360}>
                {/* Fixed layout: a 200-character name or value in the file must not push the result column out of view. */}
                <Table verticalSpacing={4} layout="fixed" data-testid="import-preview">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={60}>{t('import.row')}</Table.Th>
                      <Table.Th w="35%">{t('import.name')}</Table.Th>
                      <Table.Th>{t('import.result')}</Table.Th>
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
                        <Table.Td>
                          <Text size="sm" truncate="end" title={row.label}>
                            {row.label}
                          </Text>
                        </Table.Td>
                        <Table.Td c={row.problem ? 'red.8' : 'teal.8'} style={{ overflowWrap: 'anywhere' }}>
                          {row.problem ? describe(row.problem) : t('import.ok')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!chosen || hasProblems || rows.length === 0}
              loading={busy}
              onClick={() => void confirm()}
              data-testid="import-confirm"
            >
              {t('import.confirm', { count: rows.length })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
