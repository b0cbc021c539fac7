import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthReport } from '../../../../shared/closing/index.ts';
import { formatDate, formatMonth } from '../../../../shared/format.ts';
import { isClosedMonth } from '../../../../shared/revenue/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { FigureChangesTable } from '../../components/FigureChangesTable.tsx';
import { ACCESSIBLE_TEAL } from '../../app/theme.ts';

/** White on the app's teal 6 is below 4.5:1; teal 9 keeps the colour and passes. */

/**
 * "Maand afsluiten" beside the monthly overview: the month's state, the corrections made since it
 * was issued, and the explicit actions (close, reissue as revised, reopen), each confirmed first.
 */
export function MonthClosing({ month }: { month: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const { closing } = useMemo(() => monthReport(workspace, month, today), [workspace, month, today]);
  const name = formatMonth(month, language, 'long');
  const date = (iso: string) => formatDate(iso, language);
  const ask = (
    key: 'closing.confirmClose' | 'closing.confirmReissue' | 'closing.confirmReopen',
    action: () => void,
  ) => {
    if (window.confirm(t(key, { month: name }))) action();
  };
  const close = () => ask('closing.confirmClose', () => void run((api) => api.closeMonth({ month })));
  const reissue = () => ask('closing.confirmReissue', () => void run((api) => api.reissueMonth({ month })));
  const reopen = () => ask('closing.confirmReopen', () => void run((api) => api.reopenMonth({ month })));
  const lastEvent = closing?.events.at(-1);

  let status = t('closing.open');
  if (closing?.closed) status = t('closing.closed', { date: date(closing.firstIssuedOn) });
  else if (closing && lastEvent) status = t('closing.reopened', { date: date(lastEvent.on) });
  if (!isClosedMonth(month, today)) status = t('closing.running');

  return (
    <Stack gap="xs" data-testid="month-closing">
      <Text size="sm" data-testid="month-closing-status">
        {status}
        {closing?.closed && closing.revised ? ` ${t('closing.revisedOn', { date: date(closing.issuedOn) })}` : ''}
      </Text>
      <Group gap="sm">
        {!closing?.closed && isClosedMonth(month, today) && (
          <Button color={ACCESSIBLE_TEAL} onClick={close} data-testid="close-month">
            {t('closing.close')}
          </Button>
        )}
        {closing?.closed && closing.corrections.length > 0 && (
          <Button color={ACCESSIBLE_TEAL} onClick={reissue} data-testid="reissue-month">
            {t('closing.reissue')}
          </Button>
        )}
        {closing?.closed && (
          <Button variant="default" onClick={reopen} data-testid="reopen-month">
            {t('closing.reopen')}
          </Button>
        )}
      </Group>
      {closing?.closed && closing.corrections.length > 0 && (
        // The title in the text colour: orange on the alert's light orange is below 4.5:1.
        <Alert
          color="orange"
          title={t('closing.corrections')}
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          data-testid="month-corrections"
        >
          <Stack gap="xs">
            <Text size="sm">{t('closing.correctionsIntro')}</Text>
            <FigureChangesTable
              changes={closing.corrections}
              language={language}
              testId="corrections-table"
              reportedLabel={t('closing.reported')}
              nowLabel={t('closing.now')}
            />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
