import { MultiSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { weeklyHours } from '../../../../shared/people.ts';
import { weekdayKeys, type Person } from '../../../../shared/schemas/index.ts';
import { formatHours } from '../../../../shared/format.ts';
import { DateField } from '../../components/DateField.tsx';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { formValuesFor, personFormSchema, personFromForm, type PersonFormValues } from './person-form-model.ts';
import { useSkillOptions } from './skill-options.ts';
import { FormActions } from '../../components/FormActions.tsx';

type Props = { person: Person | null; onDone: () => void };

export function PersonForm({ person, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const skillOptions = useSkillOptions();
  const form = useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues: formValuesFor(person, snapshot.today),
    validate: zodValidate(personFormSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    const parsed = personFormSchema.parse(values);
    const data = personFromForm(parsed, person);
    const failure = await run((api) => (person ? api.updatePerson({ ...data, id: person.id }) : api.addPerson(data)));
    if (!failure) onDone();
    else if (failure.field) form.setFieldError(failure.field, failure.message);
  });

  const total = weeklyHours(form.values.hours);
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="person-form">
      <Stack>
        <TextInput label={t('person.name')} withAsterisk data-autofocus data-testid="person-name" {...form.getInputProps('name')} />
        <TextInput label={t('person.email')} type="email" data-testid="person-email" {...form.getInputProps('email')} />
        <MultiSelect
          label={t('person.skills')}
          description={t('person.skillsHint')}
          data={skillOptions}
          searchable
          data-testid="person-skills"
          {...form.getInputProps('skills')}
        />
        <DateField
          label={t('person.activeFrom')}
          withAsterisk
          data-testid="person-active-from"
          {...form.getInputProps('activeFrom')}
          onChange={(value) => {
            form.setFieldValue('activeFrom', value ?? '');
            if (!person) form.setFieldValue('scheduleFrom', value ?? '');
          }}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('person.hoursPerDay')}
          </Text>
          <SimpleGrid cols={7} spacing="xs">
            {weekdayKeys.map((day) => (
              <NumberInput
                key={day}
                label={t(`weekdays.${day}`)}
                min={0}
                max={24}
                step={0.25}
                decimalScale={2}
                decimalSeparator={language === 'nl' ? ',' : '.'}
                hideControls
                data-testid={`person-hours-${day}`}
                {...form.getInputProps(`hours.${day}`)}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" c={form.errors.hours ? 'red' : 'dimmed'} mt={4} data-testid="person-total">
            {form.errors.hours ?? t('person.total', { hours: formatHours(total, language) })}
          </Text>
        </div>
        {person && (
          <DateField
            label={t('person.scheduleFrom')}
            description={t('person.scheduleFromHint')}
            withAsterisk
            data-testid="person-schedule-from"
            {...form.getInputProps('scheduleFrom')}
          />
        )}
        <FormActions onCancel={onDone} testId="person-save" />
      </Stack>
    </form>
  );
}
