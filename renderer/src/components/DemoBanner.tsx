import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../state/use-command.ts';
import { useRecentSnapshot } from '../state/workspace-state.tsx';

export function DemoBanner() {
  const { t } = useTranslation();
  const snapshot = useRecentSnapshot();
  const run = useCommand();
  if (!snapshot.workspace.demo) return null;
  const reset = (to: 'empty' | 'demo') => {
    if (window.confirm(t(to === 'empty' ? 'demo.confirmEmpty' : 'demo.confirmReload'))) {
      void run((api) => api.resetWorkspace({ to }));
    }
  };
  return (
    <Alert color="yellow" variant="light" py={6} data-testid="demo-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {t('demo.banner')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="filled"
            color="yellow"
            onClick={() => reset('empty')}
            data-testid="start-empty"
          >
            {t('demo.startEmpty')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="dark"
            onClick={() => reset('demo')}
            data-testid="reload-demo"
          >
            {t('demo.reload')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
