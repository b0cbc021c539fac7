import { NumberInput, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours, formatMoney } from '../../../../shared/format.ts';
import {
  addMonths,
  monthOf,
  monthsFromTo,
  revenueByMonth,
  type PlacementRevenue,
} from '../../../../shared/revenue/index.ts';
import type { Placement } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { formatMonth } from './money.ts';
import { hoursInputProps } from '../../forms/decimal-separator.ts';

const MAX_MONTHS = 24;
const nowrap = { whiteSpace: 'nowrap' } as const;
const AHEAD = 6;

/** The placement's months, open-ended ones up to half a year ahead, at most the latest two years. */
export function monthsOfPlacement(placement: Placement, today: string): string[] {
  const first = monthOf(placement.from);
  const last = placement.to === null ? addMonths(monthOf(today), AHEAD) : monthOf(placement.to);
  return monthsFromTo(first, last).slice(-MAX_MONTHS);
}

function CorrectionInput({ placement, line }: { placement: Placement; line: PlacementRevenue & { month: string } }) {
  const language = useLanguage();
  const run = useCommand();
  const [value, setValue] = useState<number | string>(line.correctionHours || '');
  const save = () => {
    const hours = value === '' ? 0 : Number(value);
    if (Number.isNaN(hours) || hours === line.correctionHours) return;
    void run((api) => api.correctPlacementMonth({ id: placement.id, month: line.month, hours }));
  };
  return (
    <NumberInput
      size="xs"
      w={90}
      {...hoursInputProps(language)}
      min={-744}
      allowNegative
      value={value}
      onChange={setValue}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && save()}
      aria-label={line.month}
      data-testid="month-correction"
    />
  );
}

/** Planned against realised per month; past months of agreed placements take a correction in hours. */
export function MonthlyRevenue({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const months = useMemo(() => monthsOfPlacement(placement, today), [placement, today]);
  // Only this placement: the figures of one placement never depend on the others.
  const rows = useMemo(
    () =>
      revenueByMonth({ ...workspace, placements: [placement] }, months, today).flatMap((m) =>
        m.placements.map((p) => ({ ...p, month: m.month, closed: m.closed })),
      ),
    [workspace, placement, months, today],
  );
  const money = (cents: number | null) => (cents === null ? '—' : formatMoney(cents, language));
  const hours = (h: number | null) => (h === null ? '—' : formatHours(h, language));
  return (
    <Table striped verticalSpacing={4} fz="sm" data-testid="placement-months">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('placements.drawer.month')}</Table.Th>
          <Table.Th ta="right">{t('placements.drawer.plannedHours')}</Table.Th>
          <Table.Th ta="right">{t('placements.drawer.planned')}</Table.Th>
          <Table.Th ta="right">{t('placements.drawer.correction')}</Table.Th>
          <Table.Th ta="right">{t('placements.drawer.realisedHours')}</Table.Th>
          <Table.Th ta="right">{t('placements.drawer.realised')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((line) => (
          <Table.Tr key={`${line.month}-${line.correctionHours}`} data-testid="revenue-month" data-month={line.month}>
            <Table.Td style={{ whiteSpace: 'nowrap' }} fw={line.month === monthOf(today) ? 600 : undefined}>
              {formatMonth(line.month, language)}
            </Table.Td>
            <Table.Td ta="right" style={nowrap} data-testid="month-planned-hours" data-hours={line.plannedHours}>
              {hours(line.plannedHours)}
            </Table.Td>
            <Table.Td
              ta="right"
              style={nowrap}
              data-testid="month-planned"
              data-cents={line.plannedCents}
              fs={placement.status === 'proposed' ? 'italic' : undefined}
            >
              {money(line.plannedCents)}
            </Table.Td>
            <Table.Td ta="right">
              {line.closed && placement.status !== 'proposed' ? (
                <CorrectionInput placement={placement} line={line} />
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right" style={nowrap} data-testid="month-realised-hours">
              {hours(line.realisedHours)}
            </Table.Td>
            <Table.Td ta="right" style={nowrap} data-testid="month-realised" data-cents={line.realisedCents ?? ''}>
              {money(line.realisedCents)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
