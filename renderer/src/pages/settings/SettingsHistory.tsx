import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../../shared/format.ts';
import type { Settings } from '../../../../shared/schemas/index.ts';
import { sortedSteps } from '../../../../shared/settings/dated.ts';
import { useLanguage } from '../../state/use-command.ts';

type Line = { setting: string; from: string; value: string; first: boolean };

/** Every step of every dated setting, so a lead can see which value a past month was computed with. */
export function SettingsHistory({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines: Line[] = [];
  const add = <T extends { from: string }>(setting: string, steps: readonly T[], value: (step: T) => string) =>
    sortedSteps(steps).forEach((step, i) =>
      lines.push({ setting, from: step.from, value: value(step), first: i === 0 }),
    );
  add(t('settings.dated.history.internalRate'), settings.internalRates, (s) => formatMoney(s.cents, language));
  add(t('settings.dated.history.shadowRate'), settings.shadowRates, (s) => formatMoney(s.cents, language));
  add(t('settings.dated.history.target'), settings.revenueTargets, (s) =>
    s.cents === null ? t('settings.dated.history.noTarget') : formatMoney(s.cents, language),
  );
  add(t('settings.dated.history.holidays'), settings.holidayRules, (s) =>
    [
      ...s.holidaysOff.filter((key) => key !== 'liberationDay').map((key) => t(`settings.dated.holiday.${key}`)),
      t('settings.dated.history.liberation', { rule: t(`settings.dated.liberationRule.${s.liberationDay}`) }),
    ].join(', '),
  );
  return (
    <Stack gap="xs" data-testid="settings-history">
      <Title order={5}>{t('settings.dated.history.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('settings.dated.history.intro')}
      </Text>
      <Table verticalSpacing={4} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.dated.history.setting')}</Table.Th>
            <Table.Th>{t('settings.dated.history.from')}</Table.Th>
            <Table.Th>{t('settings.dated.history.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={`${line.setting}|${line.from}`} data-testid="settings-history-row">
              <Table.Td>{line.setting}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {line.first ? t('settings.dated.history.fromStart') : formatDate(line.from, language)}
              </Table.Td>
              <Table.Td>{line.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
