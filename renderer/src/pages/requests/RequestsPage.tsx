import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildQueueRows, noFilters, openStatuses, queueGroups, type QueueFilters } from '../../../../shared/requests/index.ts';
import type { SupportRequest } from '../../../../shared/schemas/index.ts';
import { useIntent } from '../../app/intents.ts';
import { useCommand } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { CompleteDialog, ReasonDialog } from './ActionDialogs.tsx';
import { AssignView } from './AssignView.tsx';
import { QueueFilterBar } from './QueueFilterBar.tsx';
import { QueueTable } from './QueueTable.tsx';
import { RequestDrawer, type DrawerAction } from './RequestDrawer.tsx';
import { RequestForm } from './RequestForm.tsx';
import { duplicateValues, valuesFromRequest } from './request-form-model.ts';
import { useQueueTable } from './use-queue-table.ts';
import { useRequestDraft } from './use-request-draft.ts';

type Dialog = { kind: 'form'; editing: SupportRequest | null; restored: boolean; copyOf?: SupportRequest } | { kind: 'assign' | 'decline' | 'defer' | 'complete'; id: string } | null;

// The queue opens on work still to do; done and declined requests are one filter click away.
const startFilters: QueueFilters = { ...noFilters, statuses: [...openStatuses] };

export function RequestsPage() {
  const { t } = useTranslation();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
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
  const clearFilters = useCallback(() => setFilters(noFilters), []);

  const onAction = (action: DrawerAction, request: SupportRequest) => {
    switch (action) {
      case 'start':
        return void run((api) => api.startRequest({ id: request.id }));
      case 'reopen':
        return void run((api) => api.reopenRequest({ id: request.id }));
      case 'edit':
        return setDialog({ kind: 'form', editing: request, restored: false });
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
    if (dialog.kind === 'form') return editing ? t('requests.form.titleEdit') : copyOf ? t('requests.form.titleCopy', { title: copyOf.title }) : t('requests.form.titleNew');
    return t(`requests.${dialog.kind}.title`, { title: dialogRequest?.title ?? '' });
  })();

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('requests.title')}</Title>
          <Text size="sm" c="dimmed">{t('requests.intro')}</Text>
        </div>
        <Button onClick={() => setDialog({ kind: 'form', editing: null, restored: draft.draft !== null })} data-testid="request-new">
          {draft.draft ? t('requests.newWithDraft') : t('requests.new')}
        </Button>
      </Group>
      {workspace.requests.length === 0 ? (
        <Text c="dimmed" data-testid="requests-empty">{t('requests.empty')}</Text>
      ) : (
        <>
          <QueueFilterBar filters={filters} onChange={setFilters} onClear={clearFilters} groups={groups} shown={table.getRowModel().rows.length} total={rows.length} />
          <QueueTable table={table} selectedId={drawer?.opened ? drawer.id : null} onOpen={(id) => setDrawer({ id, opened: true })} />
        </>
      )}
      <RequestDrawer request={byId(drawer?.id)} opened={drawer?.opened ?? false} dialogOpen={dialog !== null} onClose={() => setDrawer((d) => d && { ...d, opened: false })} onAction={onAction} />
      <Modal opened={dialog !== null} onClose={close} title={dialogTitle} size={dialog?.kind === 'form' ? 900 : dialog?.kind === 'assign' ? 1060 : 'md'} data-testid="request-dialog">
        {dialog?.kind === 'form' && (
          <RequestForm
            key={editing ? editing.id : copyOf ? `copy-${copyOf.id}` : `new-${draft.generation}`}
            editing={editing}
            initialValues={editing ? valuesFromRequest(editing, today) : copyOf ? duplicateValues(copyOf, today) : draft.values}
            draftRestored={dialog.restored}
            copyNote={copyOf !== null}
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
        {(dialog?.kind === 'decline' || dialog?.kind === 'defer') && dialogRequest && <ReasonDialog kind={dialog.kind} request={dialogRequest} onDone={close} />}
        {dialog?.kind === 'complete' && dialogRequest && <CompleteDialog request={dialogRequest} onDone={close} />}
      </Modal>
    </Stack>
  );
}
