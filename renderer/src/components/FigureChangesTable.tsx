import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FigureChange } from '../../../shared/closing/index.ts';
import { formatCount, formatHours, formatMoney, formatPercent } from '../../../shared/format.ts';
import type { Language } from '../../../shared/schemas/index.ts';

function formatValue(change: FigureChange, value: number, language: Language): string {
  switch (change.kind) {
    case 'money':
      return formatMoney(value, language);
    case 'hours':
      return formatHours(Math.round(value * 100) / 100, language);
    case 'percent':
      return formatPercent(value, language);
    case 'count':
      return formatCount(value, language);
  }
}

/** Reported against now, each figure with its difference; a ratio's difference in percentage points. */
export function FigureChangesTable({
  changes,
  language,
  testId,
  reportedLabel,
  nowLabel,
}: {
  changes: FigureChange[];
  language: Language;
  testId: string;
  reportedLabel: string;
  nowLabel: string;
}) {
  const { t } = useTranslation();
  const difference = (c: FigureChange) => {
    // The sign goes in front of the amount (−€ 138,00, +€ 1.479,00), so a difference reads as one.
    const diff = c.now - c.reported;
    const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
    if (c.kind === 'percent')
      return t('closing.points', { value: `${sign}${formatHours(Math.round(Math.abs(diff) * 1000) / 10, language)}` });
    return `${sign}${formatValue(c, Math.abs(diff), language)}`;
  };
  return (
    <Table verticalSpacing={4} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('closing.figure')}</Table.Th>
          <Table.Th ta="right">{reportedLabel}</Table.Th>
          <Table.Th ta="right">{nowLabel}</Table.Th>
          <Table.Th ta="right">{t('closing.difference')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={`${c.figure}|${c.label}`} data-testid={`${testId}-row`}>
            <Table.Td>{t(`closing.figures.${c.figure}`, { name: c.label })}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatValue(c, c.reported, language)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatValue(c, c.now, language)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {difference(c)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
