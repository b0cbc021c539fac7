import { lazy } from 'react';

/*
 * Every page but the capacity grid (the start page) is its own chunk, fetched the first time it is
 * opened: a cold start then parses only what the first screen shows. React.lazy wants a default
 * export; the house style names them, hence the mapping.
 */
export const RequestsPage = lazy(async () => ({
  default: (await import('../pages/requests/RequestsPage.tsx')).RequestsPage,
}));
export const PlacementsPage = lazy(async () => ({
  default: (await import('../pages/placements/PlacementsPage.tsx')).PlacementsPage,
}));
export const ValuePage = lazy(async () => ({ default: (await import('../pages/value/ValuePage.tsx')).ValuePage }));
export const TeamPage = lazy(async () => ({ default: (await import('../pages/team/TeamPage.tsx')).TeamPage }));
export const SettingsPage = lazy(async () => ({
  default: (await import('../pages/settings/SettingsPage.tsx')).SettingsPage,
}));
export const ReportPage = lazy(async () => ({ default: (await import('../pages/report/ReportPage.tsx')).ReportPage }));
export const TodayPage = lazy(async () => ({ default: (await import('../pages/today/TodayPage.tsx')).TodayPage }));
/* The badge needs the capacity and coverage rules; fetched beside the first screen, not in its way. */
export const TodayBadge = lazy(async () => ({ default: (await import('../pages/today/TodayBadge.tsx')).TodayBadge }));
/* The command palette and @mantine/spotlight load on the first Ctrl+K or click on Search. */
export const CommandPalette = lazy(async () => ({
  default: (await import('../palette/CommandPalette.tsx')).CommandPalette,
}));
