import { Alert, Paper, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDailyNoticeOn } from '../../components/daily-notice-preference.ts';

type Problem = 'denied' | 'unsupported' | null;

/** Switches the daily Today notification; turning it on asks the system's permission first. */
export function DailyNoticePanel() {
  const { t } = useTranslation();
  const [on, setOn] = useDailyNoticeOn();
  const [problem, setProblem] = useState<Problem>(null);

  const toggle = async (next: boolean) => {
    setProblem(null);
    if (next) {
      if (typeof Notification === 'undefined') return setProblem('unsupported');
      const permission =
        Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
      if (permission !== 'granted') return setProblem('denied');
    }
    setOn(next);
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('settings.notice.title')}</Title>
        <Switch
          label={t('settings.notice.label')}
          description={t('settings.notice.hint')}
          checked={on}
          onChange={(event) => void toggle(event.currentTarget.checked)}
          data-testid="daily-notice"
        />
        {problem && (
          <Alert color="orange" variant="light" role="alert" data-testid="daily-notice-problem">
            {t(`settings.notice.${problem}`)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
