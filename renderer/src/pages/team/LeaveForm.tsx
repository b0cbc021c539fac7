import { Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Leave, Person } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { leaveFormValues, leaveInput, leaveInputSchema, leaveKinds, type LeaveFormValues } from './leave-model.ts';
import { escapeCancels, validatePlanning } from './planning-form-model.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { decimalSeparator } from '../../forms/decimal-separator.ts';

type Props = { person: Person; leave: Leave | null; onDone: () => void };

/** Kind, dates and hours only: there is deliberately no free-text field, so no health details end up here (GDPR). */
export function LeaveForm({ person, leave, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useSnapshot();
  const run = useCommand();
  const form = useForm<LeaveFormValues>({
    mode: 'controlled',
    initialValues: leaveFormValues(leave, person.id, today),
    validate: validatePlanning<LeaveFormValues>(leaveInputSchema, t, leaveInput),
  });
  const kindOptions = leaveKinds.map((kind) => ({ value: kind, label: t(`team.leave.kinds.${kind}`) }));

  const submit = form.onSubmit(async (values) => {
    const input = leaveInputSchema.parse(leaveInput(values));
    const failure = await run((api) => (leave ? api.updateLeave({ ...input, id: leave.id }) : api.addLeave(input)));
    if (!failure) onDone();
    else if (failure.field) form.setFieldError(failure.field, failure.message);
  });

  return (
    <Paper withBorder p="md" mb="md">
      <form
        onSubmit={(event) => void submit(event)}
        onKeyDown={escapeCancels(onDone)}
        noValidate
        data-testid="leave-form"
      >
        <Stack gap="sm">
          <Text fw={600}>{leave ? t('team.leave.editTitle') : t('team.leave.addTitle')}</Text>
          <SimpleGrid cols={3} spacing="sm">
            <Select
              label={t('team.leave.kind')}
              data={kindOptions}
              allowDeselect={false}
              withAsterisk
              data-autofocus
              autoFocus
              data-testid="leave-kind"
              {...form.getInputProps('kind')}
            />
            <DateField label={t('team.from')} withAsterisk data-testid="leave-from" {...form.getInputProps('from')} />
            <DateField label={t('team.to')} withAsterisk data-testid="leave-to" {...form.getInputProps('to')} />
          </SimpleGrid>
          <Group align="flex-end" gap="lg" mih={60}>
            <Checkbox
              mb={8}
              label={t('team.leave.wholeDays')}
              data-testid="leave-whole-days"
              {...form.getInputProps('wholeDays', { type: 'checkbox' })}
            />
            {!form.values.wholeDays && (
              <NumberInput
                label={t('team.leave.hoursPerDay')}
                withAsterisk
                min={0}
                max={24}
                step={0.25}
                decimalScale={2}
                hideControls
                decimalSeparator={decimalSeparator(language)}
                w={140}
                data-testid="leave-hours"
                {...form.getInputProps('hoursPerDay')}
              />
            )}
          </Group>
          <FormActions onCancel={onDone} testId="leave-save" cancelTestId="leave-cancel" />
        </Stack>
      </form>
    </Paper>
  );
}
