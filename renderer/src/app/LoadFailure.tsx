import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadFailure({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('app.loadFailed')} maw={520} data-testid="load-failed">
      {message}
    </Alert>
  );
}
