import { Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useIntent } from '../../app/intents.ts';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format.ts';
import { addMonths, monthOf, revenueByMonth, type MonthRevenue } from '../../../../shared/revenue/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { ClientsTab } from './ClientsTab.tsx';
import { IncomeSection } from './IncomeSection.tsx';
import { formatMonth } from './money.ts';
import { PlacementsTab } from './PlacementsTab.tsx';
import { ValueSection } from './ValueSection.tsx';

/** Planned placement revenue of one month, with proposals as a separate forecast. */
function MonthCard({ label, month, testId }: { label: string; month: MonthRevenue; testId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Paper withBorder p="sm" data-testid={testId} data-month={month.month}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fw={700} size="lg" data-testid={`${testId}-planned`} data-cents={month.totals.plannedCents}>
          {formatMoney(month.totals.plannedCents, language)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('placements.summary.planned')}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" fs="italic" data-testid={`${testId}-forecast`} data-cents={month.totals.forecastCents}>
        {t('placements.summary.forecast', { amount: formatMoney(month.totals.forecastCents, language) })}
      </Text>
    </Paper>
  );
}

export function PlacementsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const thisMonth = monthOf(today);
  const [tab, setTab] = useState<string | null>('placements');
  // The placements tab opens the drawer or the form itself, once it is shown.
  useIntent(['placement', 'newPlacement', 'client'], () => {
    setTab('placements');
    return false;
  });
  const [now, next] = useMemo(
    () => revenueByMonth(workspace, [thisMonth, addMonths(thisMonth, 1)], today),
    [workspace, thisMonth, today],
  );
  return (
    <Stack gap="sm">
      <div>
        <Title order={2}>{t('placements.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('placements.intro')}
        </Text>
      </div>
      {now && next && (
        <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm">
          <MonthCard
            label={t('placements.summary.thisMonth', { month: formatMonth(now.month, language) })}
            month={now}
            testId="summary-this-month"
          />
          <MonthCard
            label={t('placements.summary.nextMonth', { month: formatMonth(next.month, language) })}
            month={next}
            testId="summary-next-month"
          />
        </SimpleGrid>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="placements" data-testid="placements-tab-placements">
            {t('placements.tabs.placements')}
          </Tabs.Tab>
          <Tabs.Tab value="clients" data-testid="placements-tab-clients">
            {t('placements.tabs.clients')}
          </Tabs.Tab>
          <Tabs.Tab value="income" data-testid="placements-tab-income">
            {t('placements.tabs.income')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="placements" pt="sm">
          <PlacementsTab />
        </Tabs.Panel>
        <Tabs.Panel value="clients" pt="sm">
          <ClientsTab />
        </Tabs.Panel>
        <Tabs.Panel value="income" pt="sm">
          <Stack gap="xl">
            <IncomeSection />
            <ValueSection />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
