import { Anchor, Badge, Button, Group, Modal, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import { contractOn, hasNotLeftBy, isActiveOn, weeklyHours, workingDays } from '../../../../shared/people.ts';
import type { Person, WeekdayHours, WeekdayKey } from '../../../../shared/schemas/index.ts';
import { useIntent } from '../../app/intents.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { DeactivateForm } from './DeactivateForm.tsx';
import { ImportButton } from '../../components/ImportDialog.tsx';
import { PersonDrawer } from './PersonDrawer.tsx';
import { PersonForm } from './PersonForm.tsx';
import { PrivacyActions } from './PrivacyActions.tsx';
import { useSkillLabel } from '../../components/skill-options.ts';

/** "ma di do · 8" when every working day has the same hours, else each day with its hours. */
function patternText(hours: WeekdayHours, day: (d: WeekdayKey) => string, h: (n: number) => string): string {
  const days = workingDays(hours);
  const same = days.every((d) => hours[d] === hours[days[0]!]);
  if (same && days.length > 0) return `${days.map(day).join(' ')} · ${h(hours[days[0]!])}`;
  return days.map((d) => `${day(d)} ${h(hours[d])}`).join(' · ');
}

type Dialog = { kind: 'edit'; person: Person | null } | { kind: 'deactivate'; person: Person } | null;

function StatusBadge({ person, today }: { person: Person; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (isActiveOn(person, today))
    return (
      <Badge color="teal" variant="light" tt="none">
        {t('team.active')}
      </Badge>
    );
  if (person.activeFrom > today)
    return (
      <Badge color="blue" variant="light" tt="none">
        {t('team.startsOn', { date: formatDate(person.activeFrom, language) })}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" tt="none">
      {t('team.inactiveSince', { date: formatDate(person.activeTo ?? today, language) })}
    </Badge>
  );
}

export function TeamPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const skillLabel = useSkillLabel();
  const [showInactive, setShowInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The id outlives `opened` so the drawer keeps its content while it slides shut.
  const [drawer, setDrawer] = useState<{ personId: string; opened: boolean; addLeave?: boolean } | null>(null);
  useIntent(['person', 'logLeave'], (intent) =>
    setDrawer(
      intent.kind === 'person'
        ? { personId: intent.id, opened: true }
        : { personId: intent.personId, opened: true, addLeave: true },
    ),
  );
  const { today } = snapshot;
  const people = snapshot.workspace.people
    .filter((p) => showInactive || hasNotLeftBy(p, today))
    .toSorted((a, b) => a.name.localeCompare(b.name, language));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('team.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('team.intro')} {t('team.count', { count: people.length })}
          </Text>
        </div>
        <Group>
          <Switch
            label={t('team.showInactive')}
            checked={showInactive}
            onChange={(e) => setShowInactive(e.currentTarget.checked)}
            data-testid="show-inactive"
          />
          <ImportButton kind="people" />
          <Button onClick={() => setDialog({ kind: 'edit', person: null })} data-testid="add-person">
            {t('team.add')}
          </Button>
        </Group>
      </Group>
      {people.length === 0 ? (
        <Text c="dimmed" data-testid="team-empty">
          {t('team.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="team-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.name')}</Table.Th>
                <Table.Th ta="right">{t('team.hours')}</Table.Th>
                <Table.Th>{t('team.pattern')}</Table.Th>
                <Table.Th>{t('team.skills')}</Table.Th>
                <Table.Th>{t('team.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => {
                const hours = contractOn(person, today).hours;
                const active = hasNotLeftBy(person, today);
                return (
                  <Table.Tr key={person.id} data-testid="person-row" data-person-id={person.id}>
                    <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                      <Anchor
                        component="button"
                        type="button"
                        fw={500}
                        c="inherit"
                        aria-label={t('team.drawer.open', { name: person.name })}
                        onClick={() => setDrawer({ personId: person.id, opened: true })}
                        data-testid="person-open"
                      >
                        {person.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{formatHours(weeklyHours(hours), language)}</Table.Td>
                    <Table.Td>
                      {patternText(
                        hours,
                        (d) => t(`weekdays.${d}`),
                        (h) => formatHours(h, language),
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {person.skills.map((s) => (
                          <Badge key={s} variant="outline" size="sm" tt="none">
                            {skillLabel(s)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 120 }}>
                      <StatusBadge person={person} today={today} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ kind: 'edit', person })}>
                          {t('common.edit')}
                        </Button>
                        <PrivacyActions person={person} />
                        {active ? (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => setDialog({ kind: 'deactivate', person })}
                          >
                            {t('team.deactivate')}
                          </Button>
                        ) : (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => void run((api) => api.reactivatePerson({ id: person.id }))}
                          >
                            {t('team.reactivate')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={
          dialog?.kind === 'deactivate'
            ? t('team.deactivateTitle', { name: dialog.person.name })
            : dialog?.person
              ? t('team.editTitle', { name: dialog.person.name })
              : t('team.addTitle')
        }
      >
        {dialog?.kind === 'edit' && <PersonForm person={dialog.person} onDone={() => setDialog(null)} />}
        {dialog?.kind === 'deactivate' && <DeactivateForm person={dialog.person} onDone={() => setDialog(null)} />}
      </Modal>
      <PersonDrawer
        personId={drawer?.personId ?? null}
        opened={drawer?.opened ?? false}
        addLeave={drawer?.addLeave ?? false}
        onClose={() => setDrawer((d) => d && { ...d, opened: false })}
        onNewSchedule={(person) => {
          setDrawer((d) => d && { ...d, opened: false });
          setDialog({ kind: 'edit', person });
        }}
      />
    </Stack>
  );
}
