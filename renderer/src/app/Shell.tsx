import { AppShell, Button, Group, NavLink, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon.tsx';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { UndoButton } from '../components/UndoButton.tsx';
import { RecoveryBanner } from '../components/RecoveryBanner.tsx';
import { EncryptionBanner } from '../components/EncryptionStatus.tsx';
import { CapacityPage } from '../pages/capacity/CapacityPage.tsx';
import { HistoryDrawer } from '../pages/history/HistoryDrawer.tsx';
import { useJournalSync, useMaybeSnapshot } from '../state/workspace-state.tsx';
import { PlacementsPage, RequestsPage, SettingsPage, TeamPage, ValuePage } from './lazy-pages.ts';
import { LoadFailure } from './LoadFailure.tsx';
import { sections, useSection, type Section } from './sections.ts';
import { canEdit } from '../../../shared/contract/roles.ts';
import { SessionBadge } from '../session/SessionBadge.tsx';

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

/** What the page frame holds: the error, a skeleton until the workspace is there, then banners and the page. */
function Content({ section, go, failure }: { section: Section; go: (s: Section) => void; failure: string | null }) {
  const snapshot = useMaybeSnapshot();
  if (failure) return <LoadFailure message={failure} />;
  if (!snapshot) return <PageSkeleton />;
  return (
    <Stack gap="md">
      <RecoveryBanner />
      <EncryptionBanner />
      <DemoBanner />
      {/* Keyed by section, so a page still loading never shows under another page's name. */}
      <Suspense key={section} fallback={<PageSkeleton />}>
        <Page section={section} go={go} />
      </Suspense>
    </Stack>
  );
}

/** Navigation, header and page frame are drawn at once; only what needs the workspace waits for it. */
export function Shell({ failure }: { failure: string | null }) {
  const { t } = useTranslation();
  const snapshot = useMaybeSnapshot();
  const [asked, go] = useSection();
  const [historyOpen, setHistoryOpen] = useState(false);
  useJournalSync();
  // A viewer (a director on a team server) sees the value dashboard, its presentation and reports only.
  const editor = canEdit(snapshot?.session ?? null);
  const shown: readonly Section[] = editor ? sections : sections.filter((s) => s === 'value');
  const section = shown.includes(asked) ? asked : 'value';
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Group gap="sm">
            <Title order={3}>{t('app.title')}</Title>
            {snapshot ? (
              <Text c="dimmed" size="sm" data-testid="organisation-name">
                {snapshot.workspace.settings.organisationName}
              </Text>
            ) : (
              <Skeleton height={14} width={160} />
            )}
          </Group>
          {snapshot && (
            <Group gap="sm">
              <SessionBadge />
              {editor && <UndoButton />}
              {editor && (
                <Button size="xs" variant="default" onClick={() => setHistoryOpen(true)} data-testid="history-open">
                  {t('history.open')}
                </Button>
              )}
              <LanguageSwitch />
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Navigation">
        {shown.map((s) => (
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
        <Content section={section} go={go} failure={failure} />
      </AppShell.Main>
      {snapshot && editor && <HistoryDrawer opened={historyOpen} onClose={() => setHistoryOpen(false)} />}
    </AppShell>
  );
}
