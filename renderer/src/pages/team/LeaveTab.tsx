import { Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import type { Leave, Person } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { useEditingPanel } from './use-editing-panel.ts';
import { LeaveForm } from './LeaveForm.tsx';
import { leaveOf } from './leave-model.ts';

type Panel = { leave: Leave | null } | null;
type Props = { person: Person; onEditingChange: (editing: boolean) => void; startAdding?: boolean };
const nowrap = { whiteSpace: 'nowrap' } as const;

export function LeaveTab({ person, onEditingChange, startAdding = false }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const [panel, setPanel] = useEditingPanel<NonNullable<Panel>>(onEditingChange, startAdding ? { leave: null } : null);
  const records = leaveOf(snapshot.workspace.leave, person.id);

  const remove = (leave: Leave) => {
    const message = t('team.leave.confirmRemove', {
      kind: t(`team.leave.kinds.${leave.kind}`),
      from: formatDate(leave.from, language),
      to: formatDate(leave.to, language),
    });
    if (window.confirm(message)) void run((api) => api.removeLeave({ id: leave.id }));
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('team.leave.intro')}
        </Text>
        {panel === null && (
          <Button size="xs" onClick={() => setPanel({ leave: null })} style={{ flexShrink: 0 }} data-testid="leave-add">
            {t('team.leave.add')}
          </Button>
        )}
      </Group>
      {panel && (
        <LeaveForm key={panel.leave?.id ?? 'new'} person={person} leave={panel.leave} onDone={() => setPanel(null)} />
      )}
      {records.length === 0 ? (
        panel === null && <Text data-testid="leave-empty">{t('team.leave.empty')}</Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="leave-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.leave.kind')}</Table.Th>
              <Table.Th>{t('team.from')}</Table.Th>
              <Table.Th>{t('team.toShort')}</Table.Th>
              <Table.Th>{t('team.leave.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((leave) => {
              const kindLabel = t(`team.leave.kinds.${leave.kind}`);
              return (
                <Table.Tr
                  key={leave.id}
                  data-testid="leave-row"
                  data-leave-id={leave.id}
                  c={leave.to < snapshot.today ? 'dimmed' : undefined}
                  bg={panel?.leave?.id === leave.id ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Table.Td style={nowrap}>{kindLabel}</Table.Td>
                  <Table.Td style={nowrap}>{formatDate(leave.from, language)}</Table.Td>
                  <Table.Td style={nowrap}>{formatDate(leave.to, language)}</Table.Td>
                  <Table.Td style={nowrap}>
                    {leave.hoursPerDay === null
                      ? t('team.leave.wholeDays')
                      : t('team.leave.perDay', { hours: formatHours(leave.hoursPerDay, language) })}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={`${t('team.actions')}: ${kindLabel} ${formatDate(leave.from, language)}`}
                          data-testid="leave-actions"
                        >
                          ⋯
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setPanel({ leave })} data-testid="leave-edit">
                          {t('common.edit')}
                        </Menu.Item>
                        <Menu.Item color="red" onClick={() => remove(leave)} data-testid="leave-remove">
                          {t('team.leave.remove')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
