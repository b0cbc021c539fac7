import { Badge, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Comparison, FigureKey, PeriodComparison } from '../../../../shared/dashboard/index.ts';
import { formatHours, formatMoney, formatPercent } from '../../../../shared/format.ts';
import { roundHalfAway, roundParts } from '../../../../shared/rounding.ts';
import { useLanguage } from '../../state/use-command.ts';

type Card = { key: FigureKey; label: string; value: string; sub?: string; hint?: string };

const tones = { good: 'teal', bad: 'red', neutral: 'dimmed' } as const;

/** The change under a figure: a percentage, or percentage points for a ratio, or "–" with the reason. */
function Delta({ comparison, large }: { comparison: Comparison; large: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const size = large ? 'md' : 'xs';
  if (comparison.kind === 'none') {
    return (
      <Text size={size} c="dimmed" data-testid="kpi-change" data-reason={comparison.reason}>
        –{' '}
        {t(
          `value.noChange.${comparison.reason}`,
          comparison.reason === 'partialBase' ? { n: comparison.monthsWithData, total: comparison.months } : {},
        )}
      </Text>
    );
  }
  const sign = comparison.delta > 0 ? '+' : comparison.delta < 0 ? '−' : '';
  const amount =
    comparison.unit === 'points'
      ? t('value.points', { n: formatHours(roundHalfAway(Math.abs(comparison.delta) * 100, 0), language) })
      : formatPercent(Math.abs(comparison.delta), language);
  return (
    <Text size={size} c={tones[comparison.tone]} data-testid="kpi-change" data-tone={comparison.tone}>
      {sign}
      {amount} {t('value.vsPrevious')}
    </Text>
  );
}

/** The period's state beside its figures: a running period is still growing, a forecast is plans only. */
export function PeriodStatusBadge({ status, large = false }: { status: PeriodComparison['status']; large?: boolean }) {
  const { t } = useTranslation();
  if (status === 'closed') return null;
  return (
    <Tooltip label={t(`value.status.${status}Hint`)} multiline w={260}>
      <Badge
        size={large ? 'lg' : 'sm'}
        variant="outline"
        color={status === 'forecast' ? 'grape.9' : 'blue.9'}
        data-testid="value-period-status"
      >
        {t(`value.status.${status}`)}
      </Badge>
    </Tooltip>
  );
}

export function KeyFigureCards({ figures, large = false }: { figures: PeriodComparison; large?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { current, comparisons } = figures;
  const hours = current.hours;
  // Rounded together, so the three kinds of work add up to the total shown above them.
  const [structural, placements, adhoc] = roundParts([hours.structural, hours.placements, hours.adhoc], 0).map((n) =>
    formatHours(n, language),
  );
  const median = current.requests.medianDaysToDone;
  const satisfaction = current.requests.averageSatisfaction;
  const cards: Card[] = [
    {
      key: 'revenue',
      label: t('value.kpi.revenue'),
      hint: t('value.kpi.revenueHint'),
      value: formatMoney(current.revenueCents, language),
    },
    {
      key: 'value',
      label: t('value.kpi.value'),
      hint: t('value.kpi.valueHint'),
      value: formatMoney(current.valueCents, language),
    },
    {
      key: 'hours',
      label: t('value.kpi.hours'),
      value: formatHours(roundHalfAway(hours.total, 0), language),
      sub: t('value.kpi.hoursSplit', { structural, placements, adhoc }),
    },
    {
      key: 'utilisation',
      label: t('value.kpi.utilisation'),
      hint: t('value.kpi.utilisationHint'),
      value: formatPercent(current.utilisation, language),
    },
    {
      key: 'requests',
      label: t('value.kpi.requests'),
      value: String(current.requests.done),
      sub: t('value.kpi.requestsSplit', { declined: current.requests.declined, deferred: current.requests.deferred }),
    },
    {
      key: 'median',
      label: t('value.kpi.median'),
      value:
        median === null
          ? t('value.kpi.none')
          : t('value.kpi.days', { days: formatHours(roundHalfAway(median, 1), language) }),
    },
    {
      key: 'satisfaction',
      label: t('value.kpi.satisfaction'),
      value:
        satisfaction === null ? t('value.kpi.none') : `${formatHours(roundHalfAway(satisfaction, 1), language)} / 5`,
      sub: t('value.kpi.ratings', { count: current.requests.ratings }),
    },
  ];
  return (
    <SimpleGrid cols={large ? { base: 2, lg: 4 } : { base: 2, md: 4, xl: 7 }} spacing={large ? 'xl' : 'sm'}>
      {cards.map((card) => (
        <Tooltip key={card.key} label={card.hint} disabled={!card.hint || large} multiline w={260}>
          <Paper
            withBorder
            p={large ? 'xl' : 'sm'}
            style={{ containerType: 'inline-size' }}
            data-testid={`kpi-${card.key}`}
          >
            <Text size={large ? 'xl' : 'xs'} c="dimmed" fw={500}>
              {card.label}
            </Text>
            {/* Auto-fit: never wider than the card, so "€10,724.80" stays on one line in four columns at 1280 px. */}
            <Text
              fz={large ? 'min(48px, 15cqi)' : 'min(24px, 15cqi)'}
              fw={700}
              lh={1.2}
              style={{ whiteSpace: 'nowrap' }}
              data-testid="kpi-value"
            >
              {card.value}
            </Text>
            {card.sub && (
              <Text size={large ? 'md' : 'xs'} c="dimmed" data-testid="kpi-sub">
                {card.sub}
              </Text>
            )}
            <Delta comparison={comparisons[card.key]} large={large} />
          </Paper>
        </Tooltip>
      ))}
    </SimpleGrid>
  );
}
