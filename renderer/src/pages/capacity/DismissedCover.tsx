import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format.ts';
import type { CoverRun } from '../../../../shared/planning/cover-runs.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { runDates, runWeeks } from './cover-labels.ts';

/** The gaps the lead set aside, with the reason they gave, and a way back. */
export function DismissedCover({ runs }: { runs: readonly CoverRun[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const command = useCommand();
  if (runs.length === 0) return null;
  return (
    <Stack gap={6} data-testid="coverage-dismissed">
      <Text size="sm" fw={600}>
        {t('capacity.coverage.dismissed', { count: runs.length })}
      </Text>
      {runs.map((run) => {
        const dismissal = run.dismissal!;
        return (
          <Paper
            key={`${dismissal.id}-${run.weeks[0]}`}
            withBorder
            p="xs"
            data-testid="coverage-dismissed-row"
            data-manager={run.supported}
          >
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Text size="sm">
                  <b>{run.supported}</b> · {runWeeks(run, t)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({runDates(run, language)})
                  </Text>
                </Text>
                <Text size="xs" c="dimmed">
                  {t('capacity.coverage.dismissedLine', {
                    reason: t(`capacity.coverage.dismissReasons.${dismissal.reason}`),
                    date: formatDate(dismissal.decidedOn, language),
                  })}
                  {dismissal.note ? ` · ${dismissal.note}` : ''}
                </Text>
              </Stack>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => void command((api) => api.restoreCover({ id: dismissal.id }))}
                data-testid="coverage-restore"
              >
                {t('capacity.coverage.restore')}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
