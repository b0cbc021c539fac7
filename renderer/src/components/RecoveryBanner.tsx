import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../state/use-command.ts';
import { useRecentSnapshot } from '../state/workspace-state.tsx';

/** The user must hear, in plain words, that their file was unreadable and where it went. */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const { storage } = useRecentSnapshot();
  const run = useCommand();
  const recovery = storage.recovery;
  if (!recovery) return null;
  const backup = recovery.newestBackup;
  return (
    <Alert color="red" title={t('recovery.title')} data-testid="recovery-banner">
      <Text size="sm">{t('recovery.body', { file: recovery.movedAsideTo, reason: recovery.reason })}</Text>
      {!backup && <Text size="sm">{t('recovery.noBackup')}</Text>}
      <Group mt="sm" gap="xs">
        {backup && (
          <Button size="xs" color="red" onClick={() => void run((api) => api.restoreBackup({ file: backup }))}>
            {t('recovery.restore', { backup })}
          </Button>
        )}
        <Button size="xs" variant="default" onClick={() => void run((api) => api.dismissRecovery({}))}>
          {t('recovery.dismiss')}
        </Button>
      </Group>
    </Alert>
  );
}
