import { AppShell, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon.tsx';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { UndoButton } from '../components/UndoButton.tsx';
import { RecoveryBanner } from '../components/RecoveryBanner.tsx';
import { EncryptionBanner } from '../components/EncryptionStatus.tsx';
import { CapacityPage } from '../pages/capacity/CapacityPage.tsx';
import { PlacementsPage } from '../pages/placements/PlacementsPage.tsx';
import { RequestsPage } from '../pages/requests/RequestsPage.tsx';
import { ValuePage } from '../pages/value/ValuePage.tsx';
import { SettingsPage } from '../pages/settings/SettingsPage.tsx';
import { TeamPage } from '../pages/team/TeamPage.tsx';
import { HistoryDrawer } from '../pages/history/HistoryDrawer.tsx';
import { useJournalSync, useSnapshot } from '../state/workspace-state.tsx';
import { sections, useSection, type Section } from './sections.ts';

function Page({ section, go }: { section: Section; go: (s: Section) => void }) {
  const { t } = useTranslation();
  switch (section) {
    case 'capacity':
      return <CapacityPage />;
    case 'value':
      return <ValuePage />;
    case 'placements': return <PlacementsPage />;
    case 'requests': return <RequestsPage />;
    case 'team':
      return <TeamPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      // Unreachable now that every section has a page; kept for the next section added to the menu.
      return <ComingSoon section={t(`nav.${String(section)}`)} onGoToTeam={() => go('team')} />;
  }
}

export function Shell() {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const [section, go] = useSection();
  const [historyOpen, setHistoryOpen] = useState(false);
  useJournalSync();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Group gap="sm">
            <Title order={3}>{t('app.title')}</Title>
            <Text c="dimmed" size="sm" data-testid="organisation-name">
              {snapshot.workspace.settings.organisationName}
            </Text>
          </Group>
          <Group gap="sm">
            <UndoButton />
            <Button size="xs" variant="default" onClick={() => setHistoryOpen(true)} data-testid="history-open">
              {t('history.open')}
            </Button>
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Navigation">
        {sections.map((s) => (
          <NavLink
            key={s}
            component="a"
            href={`#/${s}`}
            label={t(`nav.${s}`)}
            active={s === section}
            data-testid={`nav-${s}`}
            aria-current={s === section ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Stack gap="md">
          <RecoveryBanner />
          <EncryptionBanner />
          <DemoBanner />
          <Page section={section} go={go} />
        </Stack>
      </AppShell.Main>
      <HistoryDrawer opened={historyOpen} onClose={() => setHistoryOpen(false)} />
    </AppShell>
  );
}
