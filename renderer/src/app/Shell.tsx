import { AppShell, Burger, Button, Group, Kbd, NavLink, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { memo, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { UndoButton } from '../components/UndoButton.tsx';
import { RecoveryBanner } from '../components/RecoveryBanner.tsx';
import { EncryptionBanner } from '../components/EncryptionStatus.tsx';
import { CapacityPage } from '../pages/capacity/CapacityPage.tsx';
import { HistoryDrawer } from '../pages/history/HistoryDrawer.tsx';
import { useLocalState } from '../state/use-stored-state.ts';
import { useJournalSync, useMaybeSnapshot } from '../state/workspace-state.tsx';
import {
  CommandPalette,
  PlacementsPage,
  RequestsPage,
  SettingsPage,
  TeamPage,
  TodayBadge,
  TodayPage,
  ValuePage,
} from './lazy-pages.ts';
import { LoadFailure } from './LoadFailure.tsx';
import { useIdleAfter } from './use-idle-after.ts';
import { sections, useSection, type Section } from './sections.ts';
import { canEdit } from '../../../shared/contract/roles.ts';
import { SessionBadge } from '../session/SessionBadge.tsx';

/** As Mantine's useLocalStorage stored it before ("true" / "false"), so a folded menu stays folded. */
const readFlag = (stored: string): boolean | null => (stored === 'true' ? true : stored === 'false' ? false : null);

function Page({ section }: { section: Section }) {
  switch (section) {
    case 'today':
      return <TodayPage />;
    case 'capacity':
      return <CapacityPage />;
    case 'value':
      return <ValuePage />;
    case 'placements':
      return <PlacementsPage />;
    case 'requests':
      return <RequestsPage />;
    case 'team':
      return <TeamPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/**
 * What the page frame holds: the error, a skeleton until the workspace is there, then banners and
 * the page. Memoised: the shell's own state (the Today badge's idle start, an open menu, palette or
 * history) would otherwise draw the whole page again, at 500 people a second capacity grid right
 * after the first.
 */
const Content = memo(function Content({ section, failure }: { section: Section; failure: string | null }) {
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
        <Page section={section} />
      </Suspense>
    </Stack>
  );
});

/** Navigation, header and page frame are drawn at once; only what needs the workspace waits for it. */
export function Shell({ failure }: { failure: string | null }) {
  const { t } = useTranslation();
  const snapshot = useMaybeSnapshot();
  const asked = useSection();
  const badgeTime = useIdleAfter(snapshot !== null);
  const [historyOpen, setHistoryOpen] = useState(false);
  // On a small laptop screen the menu can be folded away to give the page its width; remembered.
  const [menuOpen, setMenuOpen] = useLocalState('secretariaat.menuOpen', true, readFlag);
  useJournalSync();
  // How often the palette was asked for; each ask opens it. Heard here, in text fields too, so the
  // first Ctrl+K also works while the palette's code is still on its way.
  const [paletteAsked, setPaletteAsked] = useState(0);
  const openPalette = () => setPaletteAsked((n) => n + 1);
  useHotkeys([['mod+K', openPalette]], []);
  // A viewer (a director on a team server) sees the value dashboard, its presentation and reports only.
  const editor = canEdit(snapshot?.session ?? null);
  const shown: readonly Section[] = editor ? sections : sections.filter((s) => s === 'value');
  const section = shown.includes(asked) ? asked : 'value';
  // A new page starts at its top, not where the previous page was scrolled to. Not on the first
  // page: scrolling there forced the browser to lay out the page in the middle of the first draw.
  // (A block body: newer Chromium answers scrollTo with a promise, which React would take for a
  // clean-up function.)
  const scrolledFor = useRef(section);
  useEffect(() => {
    if (scrolledFor.current === section) return;
    scrolledFor.current = section;
    window.scrollTo({ top: 0 });
  }, [section]);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: { base: 180, lg: 220 }, breakpoint: 0, collapsed: { desktop: !menuOpen, mobile: !menuOpen } }}
      padding={{ base: 'md', lg: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px={{ base: 'md', lg: 'lg' }} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={menuOpen}
              onClick={() => setMenuOpen((o) => !o)}
              size="sm"
              aria-label={menuOpen ? t('app.hideMenu') : t('app.showMenu')}
              aria-expanded={menuOpen}
              aria-controls="app-navigation"
              data-testid="menu-toggle"
            />
            <Title order={3} style={{ whiteSpace: 'nowrap' }}>
              {t('app.title')}
            </Title>
            {snapshot ? (
              <Text c="dimmed" size="sm" truncate="end" data-testid="organisation-name">
                {snapshot.workspace.settings.organisationName}
              </Text>
            ) : (
              <Skeleton height={14} width={160} />
            )}
          </Group>
          {snapshot && (
            <Group gap="sm" wrap="nowrap">
              <SessionBadge />
              <Button
                size="xs"
                variant="default"
                onClick={openPalette}
                aria-keyshortcuts="Control+K Meta+K"
                title={t('palette.openHint')}
                rightSection={
                  <Kbd size="xs" visibleFrom="lg">
                    Ctrl K
                  </Kbd>
                }
                data-testid="palette-open"
              >
                {t('palette.open')}
              </Button>
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
      <AppShell.Navbar p="xs" aria-label={t('app.menu')} id="app-navigation">
        {shown.map((s) => (
          <NavLink
            key={s}
            component="a"
            href={`#/${s}`}
            label={t(`nav.${s}`)}
            rightSection={
              s === 'today' && snapshot && badgeTime ? (
                <Suspense fallback={null}>
                  <TodayBadge />
                </Suspense>
              ) : undefined
            }
            active={s === section}
            data-testid={`nav-${s}`}
            aria-current={s === section ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Content section={section} failure={failure} />
      </AppShell.Main>
      {snapshot && paletteAsked > 0 && (
        <Suspense fallback={null}>
          <CommandPalette request={paletteAsked} />
        </Suspense>
      )}
      {snapshot && editor && (
        // It lists every request by name, so it waits for the whole workspace (see useSnapshot).
        <Suspense fallback={null}>
          <HistoryDrawer opened={historyOpen} onClose={() => setHistoryOpen(false)} />
        </Suspense>
      )}
    </AppShell>
  );
}
