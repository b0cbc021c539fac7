import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The workspace did not arrive. The reason from the transport ("Failed to fetch") is in English and
 * means little to the user, so it is only shown as a technical footnote under a message in their
 * language; Retry starts the app afresh, which asks for the workspace again.
 */
export function LoadFailure({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('app.loadFailed')} maw={560} data-testid="load-failed" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('app.loadFailedBody')}</Text>
        <Text size="xs" c="dimmed">
          {t('app.technical', { message })}
        </Text>
        <Button size="xs" color="red" onClick={() => window.location.reload()} data-testid="load-retry">
          {t('app.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
