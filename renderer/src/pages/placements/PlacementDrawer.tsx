import { Button, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours, formatMoney } from '../../../../shared/format.ts';
import { sortedRates } from '../../../../shared/revenue/index.ts';
import { placementWarnings } from '../../../../shared/planning/overbooking.ts';
import type { Placement } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { useWeekWarnings } from '../../components/WeekWarnings.tsx';
import { MonthlyRevenue } from './MonthlyRevenue.tsx';
import { actionTitle, PlacementActionForm, type PlacementAction } from './PlacementActionForm.tsx';
import { StatusBadge } from './StatusBadge.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Everything about one placement, with each change a single button: history lives in the record. */
export function PlacementDrawer({
  placement,
  onEdit,
  onClose,
}: {
  placement: Placement;
  onEdit: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const warnings = useWeekWarnings();
  const confirm = () =>
    warnings.attempt(placementWarnings(workspace, { ...placement, status: 'confirmed' }, today), () =>
      run((api) => api.confirmPlacement({ id: placement.id })),
    );
  const [action, setAction] = useState<PlacementAction | null>(null);
  const person = workspace.people.find((p) => p.id === placement.personId)?.name ?? placement.personId;
  const client = workspace.clients.find((c) => c.id === placement.clientId)?.name ?? placement.clientId;
  const period = `${formatDate(placement.from, language)} – ${placement.to ? formatDate(placement.to, language) : t('placements.openEnded')}`;
  const remove = async () => {
    if (!window.confirm(t('placements.actions.confirmRemove'))) return;
    if (!(await run((api) => api.removePlacement({ id: placement.id })))) onClose();
  };

  return (
    <Stack gap="md" data-testid="placement-drawer" data-placement-id={placement.id}>
      <Group gap="xs">
        {placement.status === 'proposed' && (
          <Button size="xs" color="teal" onClick={confirm} data-testid="placement-confirm">
            {t('placements.actions.confirm')}
          </Button>
        )}
        {placement.status !== 'proposed' && (
          <Button size="xs" variant="light" onClick={() => setAction('end')} data-testid="placement-end">
            {t('placements.actions.end')}
          </Button>
        )}
        {placement.to !== null && (
          <Button size="xs" variant="light" onClick={() => setAction('extend')} data-testid="placement-extend">
            {t('placements.actions.extend')}
          </Button>
        )}
        <Button size="xs" variant="light" onClick={() => setAction('changeRate')} data-testid="placement-change-rate">
          {t('placements.actions.changeRate')}
        </Button>
        <Button size="xs" variant="default" onClick={onEdit} data-testid="placement-edit">
          {t('placements.actions.edit')}
        </Button>
        <Button size="xs" variant="subtle" color="red" onClick={() => void remove()} data-testid="placement-remove">
          {t('placements.actions.remove')}
        </Button>
      </Group>
      {warnings.element}
      <SimpleGrid cols={3} spacing="sm">
        <Fact label={t('placements.columns.person')}>{person}</Fact>
        <Fact label={t('placements.columns.client')}>{client}</Fact>
        <Fact label={t('placements.columns.status')}>
          <StatusBadge status={placement.status} />
        </Fact>
        <Fact label={t('placements.columns.period')}>{period}</Fact>
        <Fact label={t('placements.columns.hoursPerWeek')}>{formatHours(placement.hoursPerWeek, language)}</Fact>
        {placement.notes && <Fact label={t('placements.drawer.notes')}>{placement.notes}</Fact>}
      </SimpleGrid>
      <div>
        <Title order={5} mb={4}>
          {t('placements.drawer.rates')}
        </Title>
        <Table verticalSpacing={2} fz="sm" w="auto" data-testid="placement-rates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('placements.drawer.rateFrom')}</Table.Th>
              <Table.Th ta="right">{t('placements.drawer.rateAmount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sortedRates(placement.rates).map((r) => (
              <Table.Tr key={r.from} data-testid="placement-rate-step">
                <Table.Td pr="xl">{formatDate(r.from, language)}</Table.Td>
                <Table.Td ta="right">{formatMoney(r.cents, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <div>
        <Title order={5} mb={4}>
          {t('placements.drawer.months')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {placement.status === 'proposed' ? t('placements.drawer.forecastOnly') : t('placements.drawer.monthsHint')}
        </Text>
        <MonthlyRevenue placement={placement} />
      </div>
      <Modal opened={action !== null} onClose={() => setAction(null)} title={action ? t(actionTitle(action)) : ''}>
        {action && <PlacementActionForm action={action} placement={placement} onDone={() => setAction(null)} />}
      </Modal>
    </Stack>
  );
}
