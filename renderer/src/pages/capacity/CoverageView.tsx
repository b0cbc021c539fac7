import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../../../shared/format.ts';
import { roundHalfAway } from '../../../../shared/rounding.ts';
import { findCoverageGaps, type CoverageGap } from '../../../../shared/planning/coverage.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import type { CapacityView } from './use-capacity-view.ts';

export function CoverageView({ view }: { view: CapacityView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const gaps = useMemo(() => findCoverageGaps(snapshot.workspace, view.grid), [snapshot.workspace, view.grid]);
  const name = (id: string) => view.people.get(id)?.name ?? id;

  const accept = async (gap: CoverageGap) => {
    if (!gap.proposal) return;
    const { personId } = gap.proposal;
    const failure = await run((api) => api.acceptCover({ structuralId: gap.structuralId, week: gap.week, personId, hours: Math.round(gap.hours * 4) / 4 }));
    if (!failure) {
      notifications.show({ color: 'teal', message: t('capacity.coverage.accepted', { name: name(personId), manager: gap.supported, week: Number(gap.week.slice(6)) }) });
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('capacity.coverage.intro')}
      </Text>
      {gaps.length === 0 ? (
        <Text data-testid="coverage-none">{t('capacity.coverage.none')}</Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="coverage-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('capacity.week', { week: '' }).trim()}</Table.Th>
              <Table.Th>{t('capacity.coverage.manager')}</Table.Th>
              <Table.Th>{t('capacity.coverage.secretary')}</Table.Th>
              <Table.Th>{t('capacity.coverage.reason')}</Table.Th>
              <Table.Th ta="right">{t('capacity.coverage.hours')}</Table.Th>
              <Table.Th>{t('capacity.coverage.proposal')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {gaps.map((gap) => (
              <Table.Tr key={`${gap.week}-${gap.structuralId}`} data-testid="coverage-row" data-week={gap.week} data-person-id={gap.personId}>
                <Table.Td>{Number(gap.week.slice(6))}</Table.Td>
                <Table.Td fw={500}>{gap.supported}</Table.Td>
                <Table.Td>{name(gap.personId)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge variant="light" color={gap.reason === 'leave' ? 'blue' : 'red'} tt="none">
                    {t(`capacity.coverage.reasons.${gap.reason}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatHours(roundHalfAway(gap.hours, 1), language)}</Table.Td>
                <Table.Td data-testid="coverage-proposal">
                  {gap.proposal ? (
                    <Text size="sm">
                      {name(gap.proposal.personId)}{' '}
                      <Text span c="dimmed" size="xs">
                        ({t(`capacity.coverage.${gap.proposal.source}`)})
                      </Text>
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">{t('capacity.coverage.noProposal')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {gap.proposal && (
                    <Button size="compact-sm" onClick={() => void accept(gap)} data-testid="coverage-accept">
                      {t('capacity.coverage.accept')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
