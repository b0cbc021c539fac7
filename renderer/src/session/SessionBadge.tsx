import { Button, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecentSnapshot } from '../state/workspace-state.tsx';
import { signOut } from './session-api.ts';

/** In a team workspace the header says so, who is signed in, and where the data is shared. */
export function SessionBadge() {
  const { t } = useTranslation();
  const { session, storage } = useRecentSnapshot();
  if (!session) return null;
  return (
    <Group gap={6} wrap="nowrap" data-testid="session-badge">
      <Tooltip label={t('session.where', { server: storage.dataFile })}>
        <Text size="sm" fw={600} tabIndex={0}>
          {t('session.signedInAs', { name: session.name, role: t(`session.role.${session.role}`) })}
        </Text>
      </Tooltip>
      <Button size="xs" variant="default" onClick={() => void signOut()} data-testid="sign-out">
        {t('session.signOut')}
      </Button>
    </Group>
  );
}
