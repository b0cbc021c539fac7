import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import { contractOn, weeklyHours } from '../../../../shared/people.ts';
import { weekdayKeys, type Person } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { ScheduleCorrection } from './ScheduleCorrection.tsx';

/** A new contract is added from a date in the person form; changing one that exists is a separate, confirmed correction. */
export function ScheduleTab({ person, onNewSchedule }: { person: Person; onNewSchedule: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useSnapshot();
  const current = contractOn(person, today);
  const contracts = person.contracts.toReversed();
  const [correcting, setCorrecting] = useState<string | null>(null);
  const corrected = person.contracts.find((c) => c.from === correcting);
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Text size="sm" c="dimmed">
          {t('team.schedule.intro')}
        </Text>
        <Button size="xs" variant="light" onClick={onNewSchedule} style={{ flexShrink: 0 }} data-testid="schedule-new">
          {t('team.schedule.change')}
        </Button>
      </Group>
      <Table verticalSpacing="xs" data-testid="schedule-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.schedule.from')}</Table.Th>
            {weekdayKeys.map((day) => (
              <Table.Th key={day} ta="right">
                {t(`weekdays.${day}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('team.schedule.total')}</Table.Th>
            <Table.Th />
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contracts.map((contract) => (
            <Table.Tr key={contract.from} data-testid="schedule-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(contract.from, language)}</Table.Td>
              {weekdayKeys.map((day) => (
                <Table.Td key={day} ta="right" c={contract.hours[day] === 0 ? 'dimmed' : undefined}>
                  {formatHours(contract.hours[day], language)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={500}>
                {formatHours(weeklyHours(contract.hours), language)}
              </Table.Td>
              <Table.Td ta="right">
                {contract === current && contract.from <= today && (
                  <Badge color="teal" variant="light" tt="none">
                    {t('team.schedule.current')}
                  </Badge>
                )}
                {contract.from > today && (
                  <Badge color="blue" variant="light" tt="none">
                    {t('team.schedule.planned')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setCorrecting(contract.from)}
                  data-testid="schedule-correct"
                >
                  {t('team.schedule.correct')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {corrected && (
        <ScheduleCorrection
          key={corrected.from}
          person={person}
          contract={corrected}
          onDone={() => setCorrecting(null)}
        />
      )}
    </>
  );
}
