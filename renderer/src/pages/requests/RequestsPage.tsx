import { Alert, Button, FileButton, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildQueueRows,
  noFilters,
  openStatuses,
  queueGroups,
  seriesDue,
  type QueueFilters,
} from '../../../../shared/requests/index.ts';
import { formatDate } from '../../../../shared/format.ts';
import type { MailIntake } from '../../../../shared/mail/read-mail.ts';
import type { SupportRequest } from '../../../../shared/schemas/index.ts';
import { useIntent } from '../../app/intents.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { CompleteDialog, ReasonDialog } from './ActionDialogs.tsx';
import { AssignView } from './AssignView.tsx';
import { QueueFilterBar } from './QueueFilterBar.tsx';
import { QueueTable } from './QueueTable.tsx';
import { RequestDrawer, type DrawerAction } from './RequestDrawer.tsx';
import { RequestForm } from './RequestForm.tsx';
import { MailDraftDialog } from './MailDraftDialog.tsx';
import { valuesFromMail } from './mail-intake-model.ts';
import { duplicateValues, valuesFromRequest, type RequestFormValues } from './request-form-model.ts';
import { useMailIntake } from './use-mail-intake.ts';
import { useQueueTable } from './use-queue-table.ts';
import { useRequestDraft } from './use-request-draft.ts';

type Dialog =
  | {
      kind: 'form';
      editing: SupportRequest | null;
      restored: boolean;
      fromMail?: { mail: MailIntake; values: RequestFormValues };
      copyOf?: SupportRequest;
      scope?: 'one' | 'rest';
    }
  | { kind: 'assign' | 'decline' | 'defer' | 'complete' | 'mail'; id: string }
  | null;

// The queue opens on work still to do; done and declined requests are one filter click away.
const startFilters: QueueFilters = { ...noFilters, statuses: [...openStatuses] };

export function RequestsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  // Series plan their next occurrences when the queue is opened and something has come within
  // reach; checked first, so a visit writes nothing when all is planned. Once per visit at most.
  const planned = useRef(false);
  useEffect(() => {
    if (planned.current || !seriesDue(workspace.series, workspace.requests, workspace.settings, today)) return;
    planned.current = true;
    void run((api) => api.planSeries({}));
  }, [workspace, today, run]);
  const draft = useRequestDraft(today);
  const [filters, setFilters] = useState<QueueFilters>(startFilters);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'deadline', desc: false }]);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The id outlives `opened` so the drawer keeps its content while it slides shut.
  const [drawer, setDrawer] = useState<{ id: string; opened: boolean } | null>(null);

  useIntent(['request', 'newRequest'], (intent) => {
    if (intent.kind === 'request') setDrawer({ id: intent.id, opened: true });
    else setDialog({ kind: 'form', editing: null, restored: draft.draft !== null });
  });

  const rows = useMemo(() => buildQueueRows(workspace, today), [workspace, today]);
  const table = useQueueTable(rows, filters, sorting, setSorting);
  const groups = useMemo(() => queueGroups(rows), [rows]);
  const byId = (id: string | undefined) => workspace.requests.find((r) => r.id === id) ?? null;
  const dialogRequest = dialog && dialog.kind !== 'form' ? byId(dialog.id) : null;
  const close = () => setDialog(null);
  // After an answer the same request's mail draft follows, already on the matching template.
  const answered = (next?: { mail: boolean }) =>
    next?.mail && dialogRequest ? setDialog({ kind: 'mail', id: dialogRequest.id }) : close();
  const clearFilters = useCallback(() => setFilters(noFilters), []);
  const intake = useMailIntake((mail) =>
    setDialog({
      kind: 'form',
      editing: null,
      restored: false,
      fromMail: { mail, values: valuesFromMail(mail, today) },
    }),
  );
  const fromMail = dialog?.kind === 'form' ? dialog.fromMail : undefined;

  const onAction = (action: DrawerAction, request: SupportRequest) => {
    switch (action) {
      case 'start':
        return void run((api) => api.startRequest({ id: request.id }));
      case 'reopen':
        return void run((api) => api.reopenRequest({ id: request.id }));
      case 'edit':
        return setDialog({ kind: 'form', editing: request, restored: false });
      case 'changeRest':
        return setDialog({ kind: 'form', editing: request, restored: false, scope: 'rest' });
      case 'stopSeries':
        return void run((api) => api.stopSeries({ id: request.id })).then((failure) => {
          if (!failure)
            notifications.show({
              color: 'blue',
              message: t('series.drawer.stopped', { date: formatDate(request.occurrenceDate ?? today, language) }),
            });
        });
      case 'duplicate':
        setDrawer((d) => d && { ...d, opened: false });
        return setDialog({ kind: 'form', editing: null, restored: false, copyOf: request });
      case 'delete':
        setDrawer(null);
        return void run((api) => api.deleteRequest({ id: request.id })).then((failure) => {
          if (!failure) notifications.show({ color: 'blue', message: t('requests.actions.deleted') });
        });
      default:
        return setDialog({ kind: action, id: request.id });
    }
  };

  const editing = dialog?.kind === 'form' ? dialog.editing : null;
  // A copy is its own new request: it neither restores nor overwrites the unsaved draft of another.
  const copyOf = dialog?.kind === 'form' ? (dialog.copyOf ?? null) : null;
  const dialogTitle = (() => {
    if (!dialog) return '';
    if (dialog.kind === 'form')
      return editing
        ? t('requests.form.titleEdit')
        : copyOf
          ? t('requests.form.titleCopy', { title: copyOf.title })
          : t('requests.form.titleNew');
    if (dialog.kind === 'mail') return t('mail.draft.title', { name: dialogRequest?.requesterName ?? '' });
    return t(`requests.${dialog.kind}.title`, { title: dialogRequest?.title ?? '' });
  })();

  return (
    <Stack
      gap="sm"
      {...intake.dropProps}
      data-testid="requests-page"
      style={intake.dragging ? { outline: '2px dashed var(--mantine-color-blue-5)', outlineOffset: 4 } : undefined}
    >
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('requests.title')}</Title>
          <Text size="sm" c="dimmed">
            {intake.dragging ? t('mail.intake.dropHere') : t('requests.intro')}
          </Text>
        </div>
        <Group gap="xs">
          <FileButton
            onChange={(file) => file && void intake.read([file])}
            accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook"
          >
            {(props) => (
              <Button
                variant="default"
                title={t('mail.intake.dropHint')}
                {...props}
                data-testid="request-from-mail-file"
              >
                {t('mail.intake.choose')}
              </Button>
            )}
          </FileButton>
          <Button
            onClick={() => setDialog({ kind: 'form', editing: null, restored: draft.draft !== null })}
            data-testid="request-new"
          >
            {draft.draft ? t('requests.newWithDraft') : t('requests.new')}
          </Button>
        </Group>
      </Group>
      {intake.problem && (
        <Alert
          color="red"
          variant="light"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={intake.clearProblem}
          role="alert"
          data-testid="mail-intake-error"
          data-problem={intake.problem.problem}
        >
          {t(`mail.intake.problems.${intake.problem.problem}`, { file: intake.problem.file })}
        </Alert>
      )}
      {workspace.requests.length === 0 ? (
        <Text c="dimmed" data-testid="requests-empty">
          {t('requests.empty')}
        </Text>
      ) : (
        <>
          <QueueFilterBar
            filters={filters}
            onChange={setFilters}
            onClear={clearFilters}
            groups={groups}
            shown={table.getRowModel().rows.length}
            total={rows.length}
          />
          <QueueTable
            table={table}
            selectedId={drawer?.opened ? drawer.id : null}
            onOpen={(id) => setDrawer({ id, opened: true })}
          />
        </>
      )}
      <RequestDrawer
        request={byId(drawer?.id)}
        opened={drawer?.opened ?? false}
        dialogOpen={dialog !== null}
        onClose={() => setDrawer((d) => d && { ...d, opened: false })}
        onAction={onAction}
      />
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialogTitle}
        size={dialog?.kind === 'form' ? 900 : dialog?.kind === 'assign' ? 1060 : dialog?.kind === 'mail' ? 'lg' : 'md'}
        data-testid="request-dialog"
      >
        {dialog?.kind === 'form' && (
          <RequestForm
            key={
              editing ? editing.id : copyOf ? `copy-${copyOf.id}` : fromMail ? 'from-mail' : `new-${draft.generation}`
            }
            editing={editing}
            initialValues={
              editing
                ? valuesFromRequest(editing, today)
                : copyOf
                  ? duplicateValues(copyOf, today)
                  : (fromMail?.values ?? draft.values)
            }
            draftRestored={dialog.restored}
            fromMail={fromMail?.mail}
            copyNote={copyOf !== null}
            seriesScope={dialog.scope}
            onValuesChange={(values) => !editing && !copyOf && draft.keep(values)}
            onDiscardDraft={draft.discard}
            onCancel={close}
            onSaved={(id) => {
              if (!editing && !copyOf) draft.discard();
              close();
              if (id) setDrawer({ id, opened: true });
            }}
          />
        )}
        {dialog?.kind === 'assign' && dialogRequest && <AssignView request={dialogRequest} onDone={close} />}
        {(dialog?.kind === 'decline' || dialog?.kind === 'defer') && dialogRequest && (
          <ReasonDialog kind={dialog.kind} request={dialogRequest} onDone={answered} />
        )}
        {dialog?.kind === 'complete' && dialogRequest && <CompleteDialog request={dialogRequest} onDone={answered} />}
        {dialog?.kind === 'mail' && dialogRequest && <MailDraftDialog request={dialogRequest} onDone={close} />}
      </Modal>
    </Stack>
  );
}
