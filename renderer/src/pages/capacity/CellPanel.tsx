import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cellBreakdown, weekDays, type CellBreakdown } from '../../../../shared/capacity/index.ts';
import { formatDate, formatHours, formatPercent } from '../../../../shared/format.ts';
import { roundHalfAway } from '../../../../shared/rounding.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';

type LineKey =
  | 'contract'
  | 'holiday'
  | 'leave'
  | 'available'
  | 'structural'
  | 'placementsConfirmed'
  | 'placementsProposed'
  | 'adhoc'
  | 'spare'
  | 'spareIfProposed';
const lines: { key: LineKey; sign: '' | '−' | '='; strong?: boolean }[] = [
  { key: 'contract', sign: '' },
  { key: 'holiday', sign: '−' },
  { key: 'leave', sign: '−' },
  { key: 'available', sign: '=', strong: true },
  { key: 'structural', sign: '−' },
  { key: 'placementsConfirmed', sign: '−' },
  { key: 'adhoc', sign: '−' },
  { key: 'spare', sign: '=', strong: true },
  { key: 'placementsProposed', sign: '−' },
  { key: 'spareIfProposed', sign: '=', strong: true },
];

const round = (h: number) => roundHalfAway(h, 2);

/** What lies behind one cell, each item with the action that changes it right here. */
function Items({ line, breakdown }: { line: LineKey; breakdown: CellBreakdown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const h = (n: number) => formatHours(round(n), language);
  const clients = new Map(snapshot.workspace.clients.map((c) => [c.id, c.name]));
  const { items, week } = breakdown;
  switch (line) {
    case 'holiday':
      return items.holidays
        .filter((d) => d.hours > 0)
        .map((d) => (
          <Text key={d.date} size="xs" c="dimmed">
            {formatDate(d.date, language)} · {h(d.hours)}
          </Text>
        ));
    case 'leave':
      return items.leave.map((l) => (
        <Group key={l.id} gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t(`capacity.leaveKinds.${l.kind}`)} · {h(l.hours)}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            data-testid="cell-remove-leave"
            onClick={() =>
              window.confirm(t('capacity.confirmRemoveLeave')) && void run((api) => api.removeLeave({ id: l.id }))
            }
          >
            {t('capacity.removeLeave')}
          </Button>
        </Group>
      ));
    case 'structural':
      return items.structural.map((s) => (
        <Group key={s.id} gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {s.supported} · {h(s.hours)}
            {s.exception ? ` (${t('capacity.exception')})` : ''}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            data-testid={s.exception ? 'cell-restore-week' : 'cell-skip-week'}
            onClick={() => void run((api) => api.setStructuralWeek({ id: s.id, week, hours: s.exception ? null : 0 }))}
          >
            {s.exception ? t('capacity.restoreWeek') : t('capacity.skipWeek')}
          </Button>
        </Group>
      ));
    case 'placementsConfirmed':
    case 'placementsProposed': {
      const status = line === 'placementsProposed' ? ['proposed'] : ['confirmed', 'ended'];
      return items.placements
        .filter((p) => status.includes(p.status))
        .map((p) => (
          <Text key={p.id} size="xs" c="dimmed">
            {clients.get(p.clientId) ?? p.clientId} · {h(p.hours)}
          </Text>
        ));
    }
    case 'adhoc':
      return items.adhoc.map((a) => (
        <Text key={a.requestId} size="xs" c="dimmed">
          {a.title} · {h(a.hours)}
        </Text>
      ));
    default:
      return null;
  }
}

export function CellPanel({ personId, week }: { personId: string; week: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const breakdown = cellBreakdown(snapshot.workspace, personId, week);
  if (!breakdown) return null;
  const days = weekDays(week);
  const addWeekLeave = () =>
    void run((api) => api.addLeave({ personId, kind: 'vacation', from: days[0]!, to: days[6]!, hoursPerDay: null }));
  return (
    <Stack gap="sm" data-testid="cell-panel">
      <Text size="sm" c="dimmed">
        {formatDate(days[0]!, language)} – {formatDate(days[6]!, language)}
      </Text>
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {lines.map(({ key, sign, strong }) => (
            <Table.Tr key={key} data-testid={`cell-line-${key}`}>
              <Table.Td w={20}>{sign}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={strong ? 700 : 400}>
                  {t(`capacity.lines.${key}`)}
                </Text>
                <Items line={key} breakdown={breakdown} />
              </Table.Td>
              <Table.Td
                ta="right"
                fw={strong ? 700 : 400}
                data-testid={`cell-value-${key}`}
                style={{ fontVariantNumeric: 'tabular-nums' }}
              >
                {formatHours(round(breakdown[key]), language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Badge variant="light" size="lg" tt="none">
          {t('capacity.lines.utilisation')}: {formatPercent(breakdown.utilisation, language)}
        </Badge>
        <Button size="xs" variant="light" onClick={addWeekLeave} data-testid="cell-add-week-leave">
          {t('capacity.addWeekLeave')}
        </Button>
      </Group>
    </Stack>
  );
}
