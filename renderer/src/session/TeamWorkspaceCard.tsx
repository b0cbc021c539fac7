import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract/index.ts';
import { useSnapshot, useWorkspaceState } from '../state/workspace-state.tsx';

/** Desktop app only: open a team server's workspace in a window of its own; this one stays local. */
export function TeamWorkspaceCard() {
  const { t } = useTranslation();
  const state = useWorkspaceState();
  const { preferences } = useSnapshot();
  const [available, setAvailable] = useState(false);
  const [url, setUrl] = useState(preferences.teamServer ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    state.api.getCapabilities({}).then(
      (c) => setAvailable(c.openTeamWorkspace),
      () => setAvailable(false),
    );
  }, [state]);
  if (!available) return null;

  const open = async () => {
    setError(null);
    try {
      await state.api.openTeamWorkspace({ url });
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.detail?.reason === 'team_url'
          ? t('session.badUrl')
          : String((failure as Error).message),
      );
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>{t('session.teamTitle')}</Title>
        <Text size="sm">{t('session.teamIntro')}</Text>
        <Group align="flex-end">
          <TextInput
            label={t('session.serverAddress')}
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={error}
            miw={320}
            data-testid="team-server-url"
          />
          <Button variant="default" onClick={() => void open()} data-testid="team-server-open">
            {t('session.openTeam')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
