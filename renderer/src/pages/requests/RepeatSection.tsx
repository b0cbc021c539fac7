import { Fieldset, List, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format.ts';
import { datesToPlan } from '../../../../shared/requests/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import type { RequestFormValues } from './request-form-model.ts';
import { ruleFromValues } from './repeat-model.ts';

const kinds = ['none', 'weekly', 'monthly'] as const;

/** "Herhalen" in a new request: how it repeats, and the dates that will be planned at once. */
export function RepeatSection({ form }: { form: UseFormReturnType<RequestFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const values = form.values;
  const rule = ruleFromValues(values);
  // A few dates over at most a few months: cheap enough to work out on every keystroke.
  const preview = rule ? datesToPlan(rule, null, workspace.settings, today) : [];

  const choose = (kind: string) => {
    form.setFieldValue('repeat', kind as RequestFormValues['repeat']);
    // Monthly starts on the deadline's day, which is what "the 27th of every month" usually means.
    if (kind === 'monthly' && values.deadline) form.setFieldValue('repeatDay', Number(values.deadline.slice(8, 10)));
  };

  return (
    <Fieldset legend={t('series.section')} data-testid="request-repeat">
      <Stack gap="sm">
        <SegmentedControl
          value={values.repeat}
          onChange={choose}
          data={kinds.map((k) => ({ value: k, label: t(`series.kinds.${k}`) }))}
          aria-label={t('series.kind')}
          data-testid="request-repeat-kind"
        />
        {values.repeat !== 'none' && (
          <>
            <SimpleGrid cols={3} spacing="sm">
              {values.repeat === 'weekly' ? (
                <NumberInput
                  label={t('series.interval')}
                  min={1}
                  max={52}
                  step={1}
                  allowDecimal={false}
                  data-testid="request-repeat-interval"
                  {...form.getInputProps('repeatInterval')}
                />
              ) : (
                <NumberInput
                  label={t('series.day')}
                  min={1}
                  max={31}
                  step={1}
                  allowDecimal={false}
                  data-testid="request-repeat-day"
                  {...form.getInputProps('repeatDay')}
                />
              )}
              <DateField
                label={t('series.until')}
                clearable
                minDate={values.deadline ?? undefined}
                data-testid="request-repeat-until"
                {...form.getInputProps('repeatUntil')}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('series.firstIsDeadline')} {t('series.dayOff')}
            </Text>
            <div>
              <Text size="sm" fw={500} id="request-repeat-preview-label">
                {t('series.preview')}
              </Text>
              {preview.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('series.previewNeedsDeadline')}
                </Text>
              ) : (
                <List size="sm" aria-labelledby="request-repeat-preview-label" data-testid="request-repeat-preview">
                  {preview.map((o) => (
                    <List.Item key={o.date} data-testid="request-repeat-date" data-date={o.date}>
                      {o.date === o.nominal
                        ? formatDate(o.date, language)
                        : t('series.moved', {
                            date: formatDate(o.date, language),
                            nominal: formatDate(o.nominal, language),
                          })}
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
