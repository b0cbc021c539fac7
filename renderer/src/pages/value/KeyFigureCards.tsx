import { Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { change, type KeyFigures } from '../../../../shared/dashboard/index.ts';
import { formatHours, formatMoney, formatPercent } from '../../../../shared/format.ts';
import { useLanguage } from '../../state/use-command.ts';

type Card = { key: string; label: string; value: string; sub?: string; hint?: string; current: number | null; previous: number | null; lowerIsBetter?: boolean };

function Delta({ card, large }: { card: Card; large: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const delta = card.current === null || card.previous === null ? null : change(card.current, card.previous);
  if (delta === null) return <Text size={large ? 'md' : 'xs'} c="dimmed">{t('value.noPrevious')}</Text>;
  const good = card.lowerIsBetter ? delta <= 0 : delta >= 0;
  const sign = delta > 0 ? '+' : '';
  return (
    <Text size={large ? 'md' : 'xs'} c={good ? 'teal' : 'red'} data-testid="kpi-change">
      {sign}{formatPercent(delta, language)} {t('value.vsPrevious')}
    </Text>
  );
}

export function KeyFigureCards({ current, previous, large = false }: { current: KeyFigures; previous: KeyFigures; large?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const h = (n: number) => formatHours(Math.round(n), language);
  const cards: Card[] = [
    { key: 'revenue', label: t('value.kpi.revenue'), hint: t('value.kpi.revenueHint'), value: formatMoney(current.revenueCents, language), current: current.revenueCents, previous: previous.revenueCents },
    { key: 'value', label: t('value.kpi.value'), hint: t('value.kpi.valueHint'), value: formatMoney(current.valueCents, language), current: current.valueCents, previous: previous.valueCents },
    { key: 'hours', label: t('value.kpi.hours'), value: h(current.hours.total), sub: t('value.kpi.hoursSplit', { structural: h(current.hours.structural), placements: h(current.hours.placements), adhoc: h(current.hours.adhoc) }), current: current.hours.total, previous: previous.hours.total },
    { key: 'utilisation', label: t('value.kpi.utilisation'), value: formatPercent(current.utilisation, language), current: current.utilisation, previous: previous.utilisation },
    { key: 'requests', label: t('value.kpi.requests'), value: String(current.requests.done), sub: t('value.kpi.requestsSplit', { declined: current.requests.declined, deferred: current.requests.deferred }), current: current.requests.done, previous: previous.requests.done },
    { key: 'median', label: t('value.kpi.median'), value: current.requests.medianDaysToDone === null ? t('value.kpi.none') : t('value.kpi.days', { count: current.requests.medianDaysToDone }), current: current.requests.medianDaysToDone, previous: previous.requests.medianDaysToDone, lowerIsBetter: true },
    { key: 'satisfaction', label: t('value.kpi.satisfaction'), value: current.requests.averageSatisfaction === null ? t('value.kpi.none') : `${formatHours(Math.round(current.requests.averageSatisfaction * 10) / 10, language)} / 5`, sub: t('value.kpi.ratings', { count: current.requests.ratings }), current: current.requests.averageSatisfaction, previous: previous.requests.averageSatisfaction },
  ];
  return (
    <SimpleGrid cols={large ? { base: 2, lg: 4 } : { base: 2, md: 4, xl: 7 }} spacing={large ? 'xl' : 'sm'}>
      {cards.map((card) => (
        <Tooltip key={card.key} label={card.hint} disabled={!card.hint || large} multiline w={260}>
          <Paper withBorder p={large ? 'xl' : 'sm'} style={{ containerType: 'inline-size' }} data-testid={`kpi-${card.key}`}>
            <Text size={large ? 'xl' : 'xs'} c="dimmed" fw={500}>{card.label}</Text>
            {/* Auto-fit: never wider than the card, so "€10,724.80" stays on one line in four columns at 1280 px. */}
            <Text fz={large ? 'min(48px, 15cqi)' : 'min(24px, 15cqi)'} fw={700} lh={1.2} style={{ whiteSpace: 'nowrap' }} data-testid="kpi-value">{card.value}</Text>
            {card.sub && <Text size={large ? 'md' : 'xs'} c="dimmed">{card.sub}</Text>}
            <Delta card={card} large={large} />
          </Paper>
        </Tooltip>
      ))}
    </SimpleGrid>
  );
}
