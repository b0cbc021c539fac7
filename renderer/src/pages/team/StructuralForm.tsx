import { NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Person, StructuralSupport } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { escapeCancels, validatePlanning } from './planning-form-model.ts';
import { structuralFormValues, structuralInputSchema, type StructuralFormValues } from './structural-model.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { hasNotLeftBy } from '../../../../shared/people.ts';
import { decimalSeparator } from '../../forms/decimal-separator.ts';

type Props = { person: Person; line: StructuralSupport | null; onDone: () => void };

export function StructuralForm({ person, line, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const form = useForm<StructuralFormValues>({
    mode: 'controlled',
    initialValues: structuralFormValues(line, person.id, snapshot.today),
    validate: validatePlanning<StructuralFormValues>(structuralInputSchema, t, (values) => values),
  });

  // Someone who has left can stay the backup of an old line, but is not offered for new ones.
  const backupOptions = snapshot.workspace.people
    .filter((p) => p.id !== person.id && (hasNotLeftBy(p, snapshot.today) || p.id === line?.backupPersonId))
    .toSorted((a, b) => a.name.localeCompare(b.name, language))
    .map((p) => ({ value: p.id, label: p.name }));

  const submit = form.onSubmit(async (values) => {
    const input = structuralInputSchema.parse(values);
    const failure = await run((api) =>
      line ? api.updateStructural({ ...input, id: line.id, exceptions: line.exceptions }) : api.addStructural(input),
    );
    if (!failure) onDone();
    else if (failure.field) form.setFieldError(failure.field, failure.message);
  });

  return (
    <Paper withBorder p="md" mb="md">
      <form
        onSubmit={(event) => void submit(event)}
        onKeyDown={escapeCancels(onDone)}
        noValidate
        data-testid="structural-form"
      >
        <Stack gap="sm">
          <Text fw={600}>
            {line ? t('team.structural.editTitle', { supported: line.supported }) : t('team.structural.addTitle')}
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('team.structural.supported')}
              placeholder={t('team.structural.supportedHint')}
              withAsterisk
              data-autofocus
              autoFocus
              data-testid="structural-supported"
              {...form.getInputProps('supported')}
            />
            <NumberInput
              label={t('team.structural.hoursPerWeek')}
              withAsterisk
              min={0}
              max={80}
              step={0.25}
              decimalScale={2}
              hideControls
              decimalSeparator={decimalSeparator(language)}
              data-testid="structural-hours"
              {...form.getInputProps('hoursPerWeek')}
            />
            <DateField
              label={t('team.from')}
              withAsterisk
              data-testid="structural-from"
              {...form.getInputProps('from')}
            />
            <DateField
              label={t('team.to')}
              placeholder={t('team.ongoing')}
              clearable
              data-testid="structural-to"
              {...form.getInputProps('to')}
            />
          </SimpleGrid>
          <Select
            label={t('team.structural.backup')}
            description={t('team.structural.backupHint')}
            placeholder={t('team.structural.noBackup')}
            data={backupOptions}
            searchable
            clearable
            data-testid="structural-backup"
            {...form.getInputProps('backupPersonId')}
          />
          <FormActions onCancel={onDone} testId="structural-save" cancelTestId="structural-cancel" />
        </Stack>
      </form>
    </Paper>
  );
}
