import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { useIsReportRoute } from '../pages/report/report-route.ts';
import { useMaybeSnapshot } from '../state/workspace-state.tsx';
import { ReportPage } from './lazy-pages.ts';
import { LoadFailure } from './LoadFailure.tsx';
import { Shell } from './Shell.tsx';
import { cssVariablesResolver, makeTheme } from './theme.ts';
import './accessibility.css';
import { useWorkspaceLanguage } from './use-workspace-language.ts';

type Props = { loadFailure: Promise<string | null> };

function useLoadFailure(loadFailure: Promise<string | null>): string | null {
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    void loadFailure.then(setFailure);
  }, [loadFailure]);
  return failure;
}

function Screen({ loadFailure }: Props) {
  const snapshot = useMaybeSnapshot();
  const failure = useLoadFailure(loadFailure);
  const report = useIsReportRoute();
  // In a team workspace each person keeps their own language (remembered in this browser).
  useWorkspaceLanguage(snapshot?.session ? undefined : snapshot?.preferences.language);
  // The monthly overview prints without the app's chrome (navbar, header, banners).
  if (!report) return <Shell failure={failure} />;
  if (failure) return <LoadFailure message={failure} />;
  if (!snapshot) return <PageSkeleton />;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <ReportPage />
    </Suspense>
  );
}

export function App({ loadFailure }: Props) {
  const { t, i18n } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => makeTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        {/* Bottom left, over the navigation's empty lower half: at the top right a toast covered Undo, History and the language switch after every action. */}
        <Notifications position="bottom-left" containerWidth={340} />
        <Screen loadFailure={loadFailure} />
      </DatesProvider>
    </MantineProvider>
  );
}
