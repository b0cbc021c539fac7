import { Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RANGE_MONTHS, rangeProblem, shiftMonth } from '../../../../shared/dashboard/index.ts';
import { formatMonth } from '../../../../shared/format.ts';
import { useLanguage } from '../../state/use-command.ts';

type Props = {
  first: string;
  last: string;
  /** Called only with a range that can be shown; a wrong choice stays in the fields with its error. */
  onChange: (first: string, last: string) => void;
  /** The month the choices are counted from (today's), five years back and one ahead. */
  around: string;
  testId: string;
};

/** "Van … tot en met …": two month choosers for a range of whole months, with the range's rule as the error. */
export function MonthRangeFields({ first, last, onChange, around, testId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The fields keep what was chosen, also a wrong pair, so the user sees and fixes it.
  const [draft, setDraft] = useState({ first, last });
  const [shown, setShown] = useState({ first, last });
  if (shown.first !== first || shown.last !== last) {
    setShown({ first, last });
    setDraft({ first, last });
  }
  const months = Array.from({ length: 73 }, (_, i) => shiftMonth(around, 12 - i)).map((m) => ({
    value: m,
    label: formatMonth(m, language, 'long'),
  }));
  const problem = rangeProblem(draft.first, draft.last);
  const choose = (next: { first: string; last: string }) => {
    setDraft(next);
    if (!rangeProblem(next.first, next.last)) onChange(next.first, next.last);
  };
  const error =
    problem === 'order'
      ? t('value.range.order')
      : problem === 'tooLong'
        ? t('value.range.tooLong', { max: MAX_RANGE_MONTHS })
        : null;
  return (
    <Group gap="xs" align="flex-start" data-testid={testId}>
      <Select
        size="xs"
        label={t('value.range.from')}
        data={months}
        value={draft.first}
        onChange={(v) => v && choose({ ...draft, first: v })}
        allowDeselect={false}
        searchable
        w={170}
        data-testid={`${testId}-from`}
      />
      <Select
        size="xs"
        label={t('value.range.to')}
        data={months}
        value={draft.last}
        onChange={(v) => v && choose({ ...draft, last: v })}
        allowDeselect={false}
        searchable
        w={170}
        error={error}
        data-testid={`${testId}-to`}
      />
    </Group>
  );
}
