import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { addMonths, firstDayOf, lastDayOf, monthOf, rateOn } from '../../../../shared/revenue/index.ts';
import { isoDateSchema, type Placement } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { euroInputProps, toCents, toEuros } from './money.ts';

export type PlacementAction = 'end' | 'extend' | 'changeRate';

const actionSchema = z.object({ date: isoDateSchema.nullable(), rate: z.number().min(0).max(1e7) });
type Values = { date: string | null; rate: number | string };

/** Sensible first guesses: end today, extend by three months, a new rate from the 1st of next month. */
function initialValues(action: PlacementAction, placement: Placement, today: string): Values {
  const rate = toEuros(rateOn(placement.rates, today));
  if (action === 'end') return { date: today, rate };
  if (action === 'extend') return { date: lastDayOf(addMonths(monthOf(placement.to ?? today), 3)), rate };
  return { date: firstDayOf(addMonths(monthOf(today), 1)), rate };
}

const labels = {
  end: { title: 'endTitle', date: 'endDate', hint: 'endHint' },
  extend: { title: 'extendTitle', date: 'extendDate', hint: 'extendHint' },
  changeRate: { title: 'rateTitle', date: 'rateFrom', hint: 'rateHint' },
} as const;

/**
 * One form per one-step action; each is a single API call, so history stays in the placement. The
 * date comes filled in, so focus goes to Save (end, extend) or the amount (rate) and Enter confirms;
 * focusing the date would pop its calendar over the form.
 */
export function PlacementActionForm({
  action,
  placement,
  onDone,
}: {
  action: PlacementAction;
  placement: Placement;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useSnapshot();
  const run = useCommand();
  const schema = action === 'extend' ? actionSchema : actionSchema.extend({ date: isoDateSchema });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(action, placement, today),
    validate: zodValidate(schema, t),
  });
  const text = labels[action];

  const submit = form.onSubmit(async (raw) => {
    const values = schema.parse(raw);
    const failure = await run((api) => {
      if (action === 'end') return api.endPlacement({ id: placement.id, to: values.date ?? today });
      if (action === 'extend') return api.extendPlacement({ id: placement.id, to: values.date });
      return api.changePlacementRate({ id: placement.id, from: values.date ?? today, cents: toCents(values.rate) });
    });
    if (!failure) onDone();
    else if (failure.field) form.setFieldError(failure.field === 'cents' ? 'rate' : 'date', failure.message);
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid={`placement-action-${action}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`placements.actions.${text.hint}`)}
        </Text>
        <DateField
          label={t(`placements.actions.${text.date}`)}
          withAsterisk={action !== 'extend'}
          clearable={action === 'extend'}
          data-testid="placement-action-date"
          {...form.getInputProps('date')}
        />
        {action === 'changeRate' && (
          <NumberInput
            label={t('placements.actions.rateNew')}
            withAsterisk
            data-autofocus
            {...euroInputProps(language)}
            data-testid="placement-action-rate"
            {...form.getInputProps('rate')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            {...(action === 'changeRate' ? {} : { 'data-autofocus': true })}
            data-testid="placement-action-save"
          >
            {t('placements.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function actionTitle(action: PlacementAction) {
  return `placements.actions.${labels[action].title}` as const;
}
