import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bandColours, type CellBand } from './cell-colour.ts';

const order: CellBand[] = ['over', 'full', 'some', 'plenty', 'off'];

export function Legend() {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      {order.map((band) => (
        <Group key={band} gap={6}>
          <span style={{ width: 14, height: 14, borderRadius: 3, background: bandColours[band].background, display: 'inline-block', border: '1px solid #dee2e6' }} />
          <Text size="xs">{t(`capacity.legend.${band}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
