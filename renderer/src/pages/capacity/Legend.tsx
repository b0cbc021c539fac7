import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../shared/format.ts';
import { useLanguage } from '../../state/use-command.ts';
import { bandOrder } from '../../../../shared/capacity/index.ts';
import { bandStyles, bandThresholds } from './cell-colour.ts';

/** The scale from most room to none, each band with the rule that puts a cell in it. */
export function Legend() {
  const { t } = useTranslation();
  const language = useLanguage();
  const shares = {
    some: formatPercent(bandThresholds.some, language),
    plenty: formatPercent(bandThresholds.plenty, language),
  };
  return (
    <Group gap="md" data-testid="capacity-legend" role="list" aria-label={t('capacity.legendTitle')}>
      {bandOrder.map((band) => (
        <Group key={band} gap={6} role="listitem" wrap="nowrap">
          <span
            aria-hidden="true"
            style={{
              ...bandStyles[band],
              width: 18,
              height: 14,
              borderRadius: 3,
              display: 'inline-block',
              border: '1px solid #868e96',
            }}
          />
          <Text size="xs">
            <strong>{t(`capacity.legend.${band}`)}</strong> {t(`capacity.legendRule.${band}`, shares)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
