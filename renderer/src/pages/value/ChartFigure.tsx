import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slide } from './slides.tsx';

/**
 * One chart with its title as its name and a one-line summary. The drawing is for the eye only
 * (hidden from screen readers); "show as table" puts the same numbers in a table for anyone.
 */
export function ChartFigure({ slide, height }: { slide: Slide; height: number }) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const table = slide.table();
  return (
    <Paper withBorder p="sm" component="figure" m={0} aria-labelledby={titleId} data-testid={`chart-${slide.key}`}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Text fw={600} id={titleId}>
          {slide.title}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setAsTable((v) => !v)}
          aria-pressed={asTable}
          data-testid="chart-as-table"
        >
          {asTable ? t('value.charts.showChart') : t('value.charts.showTable')}
        </Button>
      </Group>
      {asTable ? (
        <Table.ScrollContainer minWidth={0} type="native" mah={height} tabIndex={0} aria-labelledby={titleId}>
          <Table striped verticalSpacing={2} fz="sm" data-testid="chart-table">
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((c, i) => (
                  <Table.Th key={c} ta={i === 0 ? 'left' : 'right'}>
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => (
                <Table.Tr key={row[0]}>
                  {row.map((cell, i) => (
                    <Table.Td key={table.columns[i]} ta={i === 0 ? 'left' : 'right'}>
                      {cell}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <div aria-hidden="true">{slide.render(height)}</div>
      )}
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {t('value.charts.summary', {
          count: table.rows.length,
          first: table.rows[0]?.[0] ?? '',
          last: table.rows.at(-1)?.[0] ?? '',
        })}
      </Text>
    </Paper>
  );
}
