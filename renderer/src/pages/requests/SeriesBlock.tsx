import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format.ts';
import type { SupportRequest } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { describeRule } from './repeat-model.ts';

/**
 * An occurrence's place in its series, in the drawer: how it repeats, and the series actions.
 * "Only this one" is the ordinary Edit; these act on the rest of the series.
 */
export function SeriesBlock({
  request,
  onAction,
}: {
  request: SupportRequest;
  onAction: (action: 'changeRest' | 'stopSeries') => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const series = workspace.series.find((s) => s.id === request.seriesId);
  if (!series) return null;
  return (
    <Alert color="blue" variant="light" p="sm" title={t('series.drawer.title')} data-testid="request-series">
      <Text size="sm" data-testid="request-series-rule">
        {describeRule(series.rule, t, language)}
      </Text>
      {request.occurrenceDate && (
        <Text size="sm">{t('series.drawer.occurrence', { date: formatDate(request.occurrenceDate, language) })}</Text>
      )}
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() => onAction('changeRest')}
          data-testid="request-action-change-rest"
        >
          {t('series.drawer.changeRest')}
        </Button>
        {(series.rule.until === null ||
          (request.occurrenceDate !== undefined && series.rule.until > request.occurrenceDate)) && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => onAction('stopSeries')}
            data-testid="request-action-stop-series"
          >
            {t('series.drawer.stop')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
