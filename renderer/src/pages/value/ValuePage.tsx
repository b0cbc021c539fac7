import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Period } from '../../../../shared/dashboard/index.ts';
import { formatMonth, formatMonthRange } from '../../../../shared/format.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { KeyFigureCards, PeriodStatusBadge } from './KeyFigureCards.tsx';
import { MonthlyOverviewPanel } from './MonthlyOverviewPanel.tsx';
import { MonthRangeFields } from './MonthRangeFields.tsx';
import { chartSlides } from './slides.tsx';
import { useDashboard } from './use-dashboard.ts';

// Fetched on the first "Present": most visits to this page never present.
const PresentationMode = lazy(async () => ({ default: (await import('./PresentationMode.tsx')).PresentationMode }));

function usePeriodLabel(): (period: Period) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (period) => {
    const [year, month] = period.first.split('-').map(Number) as [number, number];
    if (period.kind === 'year') return String(year);
    if (period.kind === 'quarter') return t('value.quarterLabel', { q: Math.floor((month - 1) / 3) + 1, year });
    if (period.kind === 'range') return formatMonthRange(period.first, period.last ?? period.first, language);
    return formatMonth(period.first, language, 'long');
  };
}

export function ValuePage() {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const dashboard = useDashboard(snapshot);
  const label = usePeriodLabel();
  const language = useLanguage();
  const [presenting, setPresenting] = useState(false);
  const slides = chartSlides(dashboard, snapshot.workspace.clients, t, language);
  const { workspace } = snapshot;
  const hasFigures =
    workspace.placements.length + workspace.income.length + workspace.value.length + workspace.requests.length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('value.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('value.intro')}
          </Text>
        </div>
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            value={dashboard.period.kind}
            onChange={(kind) => dashboard.setKind(kind as Period['kind'])}
            data={(['month', 'quarter', 'year', 'range'] as const).map((k) => ({
              value: k,
              label: t(`value.period.${k}`),
            }))}
            data-testid="value-period-kind"
          />
          <PeriodStatusBadge status={dashboard.figures.status} />
          <Button.Group>
            <Button
              size="xs"
              variant="default"
              onClick={dashboard.previous}
              aria-label={t('value.previous')}
              data-testid="value-prev"
            >
              ‹
            </Button>
            <Button size="xs" variant="default" miw={150} data-testid="value-period-label">
              {label(dashboard.period)}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={dashboard.next}
              aria-label={t('value.next')}
              data-testid="value-next"
            >
              ›
            </Button>
          </Button.Group>
          <Button size="xs" onClick={() => setPresenting(true)} data-testid="present">
            {t('value.present')}
          </Button>
        </Group>
      </Group>
      {dashboard.period.kind === 'range' && (
        <Group justify="flex-end">
          <MonthRangeFields
            first={dashboard.period.first}
            last={dashboard.period.last ?? dashboard.period.first}
            onChange={dashboard.setRange}
            around={snapshot.today.slice(0, 7)}
            testId="value-range"
          />
        </Group>
      )}
      {!hasFigures && (
        <Text c="dimmed" data-testid="value-empty">
          {t('value.empty')}
        </Text>
      )}
      <KeyFigureCards figures={dashboard.figures} />
      {/* Without any figures the charts would be empty axes; the message above says what to add instead. */}
      {hasFigures && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {slides.map((slide) => (
            <ChartFigure key={slide.key} slide={slide} height={260} />
          ))}
        </SimpleGrid>
      )}
      <MonthlyOverviewPanel dashboardPeriod={dashboard.period} />
      {presenting && (
        <Suspense fallback={null}>
          <PresentationMode
            onClose={() => setPresenting(false)}
            title={`${t('value.title')} · ${label(dashboard.period)}`}
            figures={dashboard.figures}
            slides={slides}
          />
        </Suspense>
      )}
    </Stack>
  );
}
