import { Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import type { Person, StructuralSupport } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { useEditingPanel } from './use-editing-panel.ts';
import { weekNumber } from './planning-form-model.ts';
import { StructuralForm } from './StructuralForm.tsx';
import { StructuralWeekForm } from './StructuralWeekForm.tsx';
import { linesOf } from './structural-model.ts';

type Panel = { kind: 'form'; line: StructuralSupport | null } | { kind: 'week'; lineId: string } | null;
type Props = { person: Person; onEditingChange: (editing: boolean) => void };
const nowrap = { whiteSpace: 'nowrap' } as const;

export function StructuralTab({ person, onEditingChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const [panel, setPanel] = useEditingPanel<NonNullable<Panel>>(onEditingChange);
  const lines = linesOf(snapshot.workspace.structural, person.id);
  const nameOf = (id: string | null) => snapshot.workspace.people.find((p) => p.id === id)?.name ?? '—';
  const weekLine = panel?.kind === 'week' ? lines.find((l) => l.id === panel.lineId) : undefined;

  const remove = (line: StructuralSupport) => {
    if (!window.confirm(t('team.structural.confirmRemove', { supported: line.supported }))) return;
    void run((api) => api.removeStructural({ id: line.id }));
    if (panel?.kind === 'week' && panel.lineId === line.id) setPanel(null);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('team.structural.intro')}
        </Text>
        {panel === null && (
          <Button
            size="xs"
            onClick={() => setPanel({ kind: 'form', line: null })}
            style={{ flexShrink: 0 }}
            data-testid="structural-add"
          >
            {t('team.structural.add')}
          </Button>
        )}
      </Group>
      {panel?.kind === 'form' && (
        <StructuralForm key={panel.line?.id ?? 'new'} person={person} line={panel.line} onDone={() => setPanel(null)} />
      )}
      {weekLine && <StructuralWeekForm key={weekLine.id} line={weekLine} onDone={() => setPanel(null)} />}
      {lines.length === 0 ? (
        panel === null && <Text data-testid="structural-empty">{t('team.structural.empty')}</Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="structural-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={160}>{t('team.structural.supported')}</Table.Th>
              <Table.Th ta="right" style={nowrap}>
                {t('team.structural.hoursShort')}
              </Table.Th>
              <Table.Th>{t('team.from')}</Table.Th>
              <Table.Th>{t('team.toShort')}</Table.Th>
              <Table.Th>{t('team.structural.backup')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr
                key={line.id}
                data-testid="structural-row"
                data-line-id={line.id}
                c={line.to !== null && line.to < snapshot.today ? 'dimmed' : undefined}
                bg={
                  panel !== null && (panel.kind === 'week' ? panel.lineId : panel.line?.id) === line.id
                    ? 'var(--mantine-color-blue-light)'
                    : undefined
                }
              >
                <Table.Td>
                  <Text size="sm" fw={500} inherit>
                    {line.supported}
                  </Text>
                  {line.exceptions.length > 0 && (
                    <Text size="xs" c="dimmed" data-testid="structural-row-exceptions">
                      {t('team.structural.exceptionsShort', {
                        weeks: line.exceptions
                          .map((e) => t('team.week.short', { week: weekNumber(e.week) }))
                          .join(', '),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatHours(line.hoursPerWeek, language)}</Table.Td>
                <Table.Td style={nowrap}>{formatDate(line.from, language)}</Table.Td>
                <Table.Td style={nowrap}>{line.to ? formatDate(line.to, language) : t('team.ongoing')}</Table.Td>
                <Table.Td style={nowrap}>{line.backupPersonId ? nameOf(line.backupPersonId) : '—'}</Table.Td>
                <Table.Td ta="right">
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={`${t('team.actions')}: ${line.supported}`}
                        data-testid="structural-actions"
                      >
                        ⋯
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        onClick={() => setPanel({ kind: 'week', lineId: line.id })}
                        data-testid="structural-change-week"
                      >
                        {t('team.structural.changeWeek')}
                      </Menu.Item>
                      <Menu.Item onClick={() => setPanel({ kind: 'form', line })} data-testid="structural-edit">
                        {t('common.edit')}
                      </Menu.Item>
                      <Menu.Item color="red" onClick={() => remove(line)} data-testid="structural-remove">
                        {t('team.structural.remove')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
