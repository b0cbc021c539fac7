import { Alert, Center, Loader, MantineProvider, Stack, Text, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMaybeSnapshot, useWorkspaceState } from '../state/workspace-state.tsx';
import { ReportPage, useIsReportRoute } from '../pages/report/ReportPage.tsx';
import { Shell } from './Shell.tsx';

const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'md', fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif' });

function LoadingGate() {
  const { t } = useTranslation();
  const state = useWorkspaceState();
  const snapshot = useMaybeSnapshot();
  const [failure, setFailure] = useState<string | null>(null);
  const report = useIsReportRoute();
  useEffect(() => {
    if (!state.current()) state.load().catch((error: unknown) => setFailure(String((error as Error).message ?? error)));
  }, [state]);
  if (failure) {
    return (
      <Center h="100vh">
        <Alert color="red" title={t('app.loadFailed')} maw={520}>
          {failure}
        </Alert>
      </Center>
    );
  }
  if (!snapshot) {
    return (
      <Center h="100vh">
        <Stack align="center">
          <Loader />
          <Text c="dimmed">{t('app.loading')}</Text>
        </Stack>
      </Center>
    );
  }
  // The monthly overview prints without the app's chrome (navbar, header, banners).
  return report ? <ReportPage /> : <Shell />;
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <LoadingGate />
      </DatesProvider>
    </MantineProvider>
  );
}
