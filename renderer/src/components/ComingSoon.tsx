import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ComingSoon({ section, onGoToTeam }: { section: string; onGoToTeam: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack maw={560} gap="sm" data-testid="coming-soon">
      <Title order={2}>{t('soon.title', { section })}</Title>
      <Text c="dimmed">{t('soon.body')}</Text>
      <Button variant="light" w="fit-content" onClick={onGoToTeam}>
        {t('soon.toTeam')}
      </Button>
    </Stack>
  );
}
