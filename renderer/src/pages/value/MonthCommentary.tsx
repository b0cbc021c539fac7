import { Button, Group, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../../shared/format.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';

/**
 * The lead's own words for a month, printed on the report's first page. Mounted per month (keyed by
 * it), so switching months shows that month's text and nothing typed leaks into another month.
 */
export function MonthCommentary({ month }: { month: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const run = useCommand();
  const stored = workspace.monthNotes[month] ?? '';
  const [text, setText] = useState(stored);
  const save = async () => {
    if (await run((api) => api.setMonthCommentary({ month, text }))) return;
    notifications.show({
      color: 'teal',
      message: t('report.commentary.saved', { month: formatMonth(month, language, 'long') }),
    });
  };
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap">
      <Textarea
        label={t('report.commentary.label', { month: formatMonth(month, language, 'long') })}
        description={t('report.commentary.hint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={4000}
        style={{ flex: 1 }}
        data-testid="month-commentary"
      />
      <Button
        variant="light"
        disabled={text.trim() === stored}
        onClick={() => void save()}
        data-testid="month-commentary-save"
      >
        {t('report.commentary.save')}
      </Button>
    </Group>
  );
}
