import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import { todayKinds, type TodayItem, type TodayKind } from '../../../../shared/today/index.ts';
import { go, type Intent } from '../../app/intents.ts';
import type { Section } from '../../app/sections.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { useTodayItems } from './use-today-items.ts';

type Line = { key: string; subject: string; detail: string; action: string; section: Section; intent: Intent };
const weekNumber = (week: string) => Number(week.slice(6));

/** What one item reads as, and where its action goes. */
function useLine(): (item: TodayItem) => Line {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const person = (id: string) => workspace.people.find((p) => p.id === id)?.name ?? id;
  const client = (id: string) => workspace.clients.find((c) => c.id === id)?.name ?? id;
  const date = (d: string) => formatDate(d, language);
  return (item) => {
    switch (item.kind) {
      case 'overdue':
        return {
          key: item.requestId,
          subject: item.title,
          detail: t('today.detail.overdue', { count: item.daysLate, date: date(item.deadline) }),
          action: t('today.action.request'),
          section: 'requests',
          intent: { kind: 'request', id: item.requestId },
        };
      case 'deferredDue': {
        const detail =
          item.deadlinePassed && item.deadline
            ? t('today.detail.deferredDeadline', { date: date(item.deadline) })
            : t('today.detail.deferredWeek', { week: weekNumber(item.week ?? '') });
        return {
          key: item.requestId,
          subject: item.title,
          detail,
          action: t('today.action.request'),
          section: 'requests',
          intent: { kind: 'request', id: item.requestId },
        };
      }
      case 'nearDeadline': {
        const detail =
          item.daysLeft === 0
            ? t('today.detail.nearDeadlineToday')
            : t('today.detail.nearDeadline', { count: item.daysLeft, date: date(item.deadline) });
        return {
          key: item.requestId,
          subject: item.title,
          detail,
          action: t('today.action.request'),
          section: 'requests',
          intent: { kind: 'request', id: item.requestId },
        };
      }
      case 'placementEnding':
        return {
          key: item.placementId,
          subject: t('today.placementLine', { person: person(item.personId), client: client(item.clientId) }),
          detail: t('today.detail.placementEnding', { count: item.daysLeft, date: date(item.to) }),
          action: t('today.action.placement'),
          section: 'placements',
          intent: { kind: 'placement', id: item.placementId },
        };
      case 'overbooked': {
        const short = formatHours(-item.lowest, language);
        const detail =
          item.weeks === 1
            ? t('today.detail.overbookedOne', { first: weekNumber(item.first), short })
            : t('today.detail.overbookedRun', { first: weekNumber(item.first), last: weekNumber(item.last), short });
        return {
          key: `${item.personId}-${item.first}`,
          subject: person(item.personId),
          detail,
          action: t('today.action.week'),
          section: 'capacity',
          intent: { kind: 'week', week: item.first, personId: item.personId, tab: 'grid' },
        };
      }
      case 'uncovered':
        return {
          key: `${item.structuralId}-${item.week}`,
          subject: item.supported,
          detail: t('today.detail.uncovered', {
            week: weekNumber(item.week),
            person: person(item.personId),
            reason: t(`today.detail.reason.${item.reason}`),
            hours: formatHours(item.hours, language),
          }),
          action: t('today.action.cover'),
          section: 'capacity',
          intent: { kind: 'week', week: item.week, personId: null, tab: 'coverage' },
        };
    }
  };
}

function KindSection({ kind, items }: { kind: TodayKind; items: TodayItem[] }) {
  const { t } = useTranslation();
  const line = useLine();
  const headingId = `today-${kind}-heading`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid={`today-kind-${kind}`}>
      <Group gap="xs" mb="xs">
        <Title order={3} size="h4" id={headingId}>
          {t(`today.kinds.${kind}`)}
        </Title>
        <Badge variant="light" color="gray" aria-hidden>
          {items.length}
        </Badge>
      </Group>
      <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => {
          const l = line(item);
          return (
            <Group
              key={l.key}
              component="li"
              justify="space-between"
              wrap="nowrap"
              gap="md"
              py={6}
              style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
              data-testid="today-item"
              data-kind={kind}
            >
              <div style={{ minWidth: 0 }}>
                <Text fw={500} truncate="end">
                  {l.subject}
                </Text>
                <Text size="sm" c="dimmed">
                  {l.detail}
                </Text>
              </div>
              <Button
                size="xs"
                variant="light"
                style={{ flexShrink: 0 }}
                onClick={() => go(l.section, l.intent)}
                aria-label={t('today.actionLabel', { action: l.action, subject: l.subject })}
                data-testid="today-action"
              >
                {l.action}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}

export function TodayPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useSnapshot();
  const items = useTodayItems();
  const kinds = todayKinds.filter((kind) => items.some((i) => i.kind === kind));
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('today.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('today.intro', { date: formatDate(today, language) })}
        </Text>
      </div>
      {kinds.length === 0 ? (
        <Paper withBorder p="lg" data-testid="today-empty">
          <Title order={3} size="h4">
            {t('today.empty.title')}
          </Title>
          <Text size="sm" mt={4} maw={720}>
            {t('today.empty.text')}
          </Text>
          <Group mt="md" gap="sm">
            <Button onClick={() => go('requests')}>{t('today.empty.requests')}</Button>
            <Button variant="default" onClick={() => go('capacity')}>
              {t('today.empty.capacity')}
            </Button>
          </Group>
        </Paper>
      ) : (
        kinds.map((kind) => <KindSection key={kind} kind={kind} items={items.filter((i) => i.kind === kind)} />)
      )}
      <Text size="xs" c="dimmed" maw={760}>
        {t('today.checked')}
      </Text>
    </Stack>
  );
}
