import { Badge, Button, Divider, Drawer, Group, Rating, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import {
  actionsFor,
  isOverdue,
  isUnassignedCloseToDeadline,
  totalHours,
  type ActionKind,
} from '../../../../shared/requests/index.ts';
import type { SupportRequest } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { useSkillLabel } from '../../components/skill-options.ts';
import { statusColour } from './status-style.ts';
import { useEscapeUnlessDialog } from '../../components/use-modal-above.ts';
import { SeriesBlock } from './SeriesBlock.tsx';

export type DrawerAction = ActionKind | 'edit' | 'duplicate' | 'delete' | 'mail' | 'changeRest' | 'stopSeries';

type Props = {
  request: SupportRequest | null;
  opened: boolean;
  /** The page's dialog (assign, decline, …) is open over the drawer: Escape is the dialog's. */
  dialogOpen: boolean;
  onClose: () => void;
  onAction: (action: DrawerAction, request: SupportRequest) => void;
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={5}>{title}</Title>
      {children}
    </Stack>
  );
}

/** Everything the intake recorded, the plan, the outcome, and the actions this status allows. */
export function RequestDrawer({ request, opened, dialogOpen, onClose, onAction }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  useEscapeUnlessDialog(opened && request !== null, dialogOpen, onClose);
  const { workspace, today } = useSnapshot();
  const skillLabel = useSkillLabel();
  const date = (d: string | null) => (d ? formatDate(d, language) : '');
  const h = (n: number) => formatHours(n, language);
  const names = new Map(workspace.people.map((p) => [p.id, p.name]));
  const client = request?.clientId ? workspace.clients.find((c) => c.id === request.clientId)?.name : undefined;

  return (
    <Drawer.Root
      opened={opened && request !== null}
      onClose={onClose}
      closeOnEscape={false}
      position="right"
      size={560}
    >
      <Drawer.Overlay backgroundOpacity={0.15} />
      <Drawer.Content data-testid="request-drawer">
        <Drawer.Header>
          <Drawer.Title fw={600} fz="lg" data-testid="request-drawer-title">
            {request?.title}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('common.close')} />
        </Drawer.Header>
        {request && (
          <Drawer.Body>
            <Stack gap="md">
              <Group gap="xs">
                <Badge
                  size="lg"
                  color={statusColour[request.status]}
                  variant="light"
                  tt="none"
                  data-testid="request-drawer-status"
                  data-status={request.status}
                >
                  {t(`requests.status.${request.status}`)}
                </Badge>
                {request.deferredTo && (
                  <Text size="sm" data-testid="request-drawer-deferred">
                    {t('requests.drawer.deferredTo', { week: Number(request.deferredTo.slice(6)) })}
                  </Text>
                )}
                {isOverdue(request, today) && (
                  <Badge color="red" tt="none">
                    {t('requests.flags.overdue')}
                  </Badge>
                )}
                {isUnassignedCloseToDeadline(request, today) && (
                  <Badge color="orange" tt="none">
                    {t('requests.flags.close')}
                  </Badge>
                )}
                {request.loggedAfterTheFact && (
                  <Badge color="gray" variant="outline" tt="none">
                    {t('requests.drawer.loggedAfter')}
                  </Badge>
                )}
              </Group>
              <Group gap="xs" data-testid="request-actions">
                {actionsFor(request.status).map((action) => (
                  <Button
                    key={action}
                    size="xs"
                    variant={
                      action === 'decline'
                        ? 'light'
                        : action === 'assign' || action === 'complete'
                          ? 'filled'
                          : 'default'
                    }
                    color={action === 'decline' ? 'red' : undefined}
                    onClick={() => onAction(action, request)}
                    data-testid={`request-action-${action}`}
                  >
                    {action === 'assign' && request.assignments.length > 0
                      ? t('requests.actions.reassign')
                      : t(`requests.actions.${action}`)}
                  </Button>
                ))}
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onAction('mail', request)}
                  data-testid="request-action-mail"
                >
                  {t('mail.draft.open')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onAction('edit', request)}
                  data-testid="request-action-edit"
                >
                  {t('requests.actions.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onAction('duplicate', request)}
                  data-testid="request-action-duplicate"
                >
                  {t('requests.actions.duplicate')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => onAction('delete', request)}
                  data-testid="request-action-delete"
                >
                  {t('requests.actions.delete')}
                </Button>
              </Group>
              {request.seriesId !== undefined && (
                <SeriesBlock request={request} onAction={(action) => onAction(action, request)} />
              )}
              {(request.reason || request.closedOn) && (
                <Section title={t('requests.drawer.outcome')}>
                  {request.reason && (
                    <Field label={t('requests.drawer.reason')}>
                      <span data-testid="request-drawer-reason">{request.reason}</span>
                    </Field>
                  )}
                  {request.closedOn && <Field label={t('requests.drawer.closedOn')}>{date(request.closedOn)}</Field>}
                  {request.actualHours !== null && (
                    <Field label={t('requests.form.actualHours')}>{h(request.actualHours)}</Field>
                  )}
                  {request.satisfaction !== null && <Rating value={request.satisfaction} readOnly size="sm" />}
                </Section>
              )}
              <Divider />
              <Section title={t('requests.drawer.requester')}>
                <Field label={t('requests.form.requesterName')}>{request.requesterName}</Field>
                {request.requesterEmail && <Field label={t('mail.requesterEmail')}>{request.requesterEmail}</Field>}
                <Field label={client ? t('requests.form.client') : t('requests.form.department')}>
                  {client ?? request.department}
                </Field>
              </Section>
              <Section title={t('requests.drawer.what')}>
                <Field label={t('requests.form.goal')}>{request.goal}</Field>
                <Field label={t('requests.form.deliverable')}>{request.deliverable}</Field>
              </Section>
              <Section title={t('requests.drawer.when')}>
                <Group grow align="flex-start">
                  <Field label={request.windowFrom ? t('requests.drawer.window') : t('requests.form.deadline')}>
                    {[date(request.windowFrom), date(request.deadline)].filter(Boolean).join(' – ')}
                  </Field>
                  <Field label={t('requests.form.estimatedHours')}>{h(request.estimatedHours)}</Field>
                  <Field label={t('requests.form.urgency')}>{t(`requests.urgency.${request.urgency}`)}</Field>
                  <Field label={t('requests.drawer.created')}>{date(request.createdOn)}</Field>
                </Group>
                <Field label={t('requests.form.skills')}>{request.skills.map(skillLabel).join(', ')}</Field>
              </Section>
              <Section title={t('requests.drawer.expectations')}>
                <Field label={t('requests.form.requesterSupplies')}>{request.requesterSupplies}</Field>
                <Field label={t('requests.form.doneWhen')}>{request.doneWhen}</Field>
              </Section>
              <Section title={t('requests.drawer.plan')}>
                {request.assignments.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('requests.drawer.notPlanned')}
                  </Text>
                ) : (
                  <Table withRowBorders={false} verticalSpacing={2} data-testid="request-drawer-plan">
                    <Table.Tbody>
                      {request.assignments.map((a) => (
                        <Table.Tr key={`${a.personId}/${a.week}`} data-testid="request-drawer-assignment">
                          <Table.Td>{names.get(a.personId) ?? a.personId}</Table.Td>
                          <Table.Td>{t('requests.weekShort', { week: Number(a.week.slice(6)) })}</Table.Td>
                          <Table.Td ta="right">{h(a.hours)}</Table.Td>
                        </Table.Tr>
                      ))}
                      <Table.Tr>
                        <Table.Td fw={600}>{t('requests.drawer.total')}</Table.Td>
                        <Table.Td />
                        <Table.Td ta="right" fw={600}>
                          {h(totalHours(request.assignments))}
                        </Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                )}
              </Section>
            </Stack>
          </Drawer.Body>
        )}
      </Drawer.Content>
    </Drawer.Root>
  );
}
