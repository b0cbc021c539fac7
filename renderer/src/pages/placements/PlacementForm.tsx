import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { placementWarnings } from '../../../../shared/planning/overbooking.ts';
import type { Placement } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { euroInputProps, toEuros } from './money.ts';
import { hoursInputProps } from '../../forms/decimal-separator.ts';
import {
  formFieldOf,
  placementFormSchema,
  placementFormValues,
  placementFromForm,
  type PlacementFormValues,
} from './placement-form-model.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { useWeekWarnings } from '../../components/WeekWarnings.tsx';
import { hasNotLeftBy } from '../../../../shared/people.ts';

type Props = { placement: Placement | null; onDone: () => void };

export function PlacementForm({ placement, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const warnings = useWeekWarnings();
  const form = useForm<PlacementFormValues>({
    mode: 'controlled',
    initialValues: placementFormValues(placement, today),
    validate: zodValidate(placementFormSchema, t),
  });

  // Someone who has left stays selectable on an old placement, but is not offered for new ones.
  const people = workspace.people
    .filter((p) => hasNotLeftBy(p, today) || p.id === placement?.personId)
    .toSorted((a, b) => a.name.localeCompare(b.name, language))
    .map((p) => ({ value: p.id, label: p.name }));
  const clients = workspace.clients.map((c) => ({ value: c.id, label: c.name }));

  const submit = form.onSubmit((values) => {
    const data = placementFromForm(placementFormSchema.parse(values), placement);
    const save = async () => {
      const failure = await run((api) =>
        placement ? api.updatePlacement({ ...data, id: placement.id }) : api.addPlacement(data),
      );
      if (!failure) onDone();
      else if (failure.field) form.setFieldError(formFieldOf(failure.field), failure.message);
    };
    // A new placement has no id yet; any id that is not another placement's compares the same.
    warnings.attempt(placementWarnings(workspace, { ...data, id: placement?.id ?? '' }, today), save);
  });

  const chooseClient = (clientId: string | null) => {
    form.setFieldValue('clientId', clientId);
    const client = workspace.clients.find((c) => c.id === clientId);
    // The client's default rate is the starting point; a rate the user typed is theirs to keep.
    if (client && !placement && !form.isDirty('rate')) form.setFieldValue('rate', toEuros(client.defaultRateCents));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="placement-form">
      <Stack gap="sm">
        {clients.length === 0 && (
          <Text c="orange" size="sm">
            {t('placements.noClients')}
          </Text>
        )}
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('placements.form.person')}
            data={people}
            searchable
            withAsterisk
            data-autofocus
            data-testid="placement-person"
            {...form.getInputProps('personId')}
          />
          <Select
            label={t('placements.form.client')}
            data={clients}
            searchable
            withAsterisk
            data-testid="placement-client"
            {...form.getInputProps('clientId')}
            onChange={chooseClient}
          />
          <DateField
            label={t('placements.form.from')}
            withAsterisk
            data-testid="placement-from"
            {...form.getInputProps('from')}
          />
          <DateField
            label={t('placements.form.to')}
            placeholder={t('placements.form.toHint')}
            clearable
            data-testid="placement-to"
            {...form.getInputProps('to')}
          />
          <NumberInput
            label={t('placements.form.hoursPerWeek')}
            description={t('placements.form.hoursHint')}
            withAsterisk
            max={80}
            {...hoursInputProps(language)}
            data-testid="placement-hours"
            {...form.getInputProps('hoursPerWeek')}
          />
          {!placement && (
            <NumberInput
              label={t('placements.form.rate')}
              description={t('placements.form.rateHint')}
              withAsterisk
              {...euroInputProps(language)}
              data-testid="placement-rate"
              {...form.getInputProps('rate')}
            />
          )}
        </SimpleGrid>
        {!placement && (
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('placements.form.status')}
            </Text>
            <SegmentedControl
              data={(['proposed', 'confirmed'] as const).map((s) => ({ value: s, label: t(`placements.status.${s}`) }))}
              data-testid="placement-status"
              {...form.getInputProps('status')}
            />
          </div>
        )}
        <Textarea
          label={t('placements.form.notes')}
          autosize
          minRows={2}
          data-testid="placement-notes"
          {...form.getInputProps('notes')}
        />
        {warnings.element}
        <FormActions onCancel={onDone} testId="placement-save" />
      </Stack>
    </form>
  );
}
