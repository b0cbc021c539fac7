import { MultiSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contractOn, weeklyHours } from '../../../../shared/people.ts';
import { weekdayKeys, type Person } from '../../../../shared/schemas/index.ts';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import { DateField } from '../../components/DateField.tsx';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import {
  formValuesFor,
  personFormSchema,
  personFromForm,
  scheduleTaken,
  type PersonFormValues,
} from './person-form-model.ts';
import { useSkillOptions } from '../../components/skill-options.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { scheduleWarnings } from '../../../../shared/planning/overbooking.ts';
import { useWeekWarnings } from '../../components/WeekWarnings.tsx';

type Props = { person: Person | null; onDone: () => void };

export function PersonForm({ person, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const run = useCommand();
  const skillOptions = useSkillOptions();
  const warnings = useWeekWarnings();
  const form = useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues: formValuesFor(person, snapshot.today),
    validate: zodValidate(personFormSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    if (scheduleTaken(values, person)) {
      form.setFieldError('scheduleFrom', t('team.schedule.taken'));
      return;
    }
    const parsed = personFormSchema.parse(values);
    const data = personFromForm(parsed, person);
    const save = async () => {
      const failure = await run((api) => (person ? api.updatePerson({ ...data, id: person.id }) : api.addPerson(data)));
      if (!failure) onDone();
      else if (failure.field) form.setFieldError(failure.field, failure.message);
    };
    // A new schedule with fewer hours can leave the person short of the work they already carry.
    const changed = person !== null && data.contracts !== person.contracts;
    warnings.attempt(
      changed
        ? scheduleWarnings(snapshot.workspace, { ...data, id: person.id }, parsed.scheduleFrom, snapshot.today)
        : [],
      save,
    );
  });

  const total = weeklyHours(form.values.hours);
  // The schedule a new one follows, so the lead sees what changes from the date on.
  const from = form.values.scheduleFrom;
  const follows = person && from ? contractOn(person, from) : null;
  const followsText = follows
    ? t('team.schedule.follows', {
        date: formatDate(follows.from, language),
        days: weekdayKeys
          .filter((day) => follows.hours[day] > 0)
          .map((day) => `${t(`weekdays.${day}`)} ${formatHours(follows.hours[day], language)}`)
          .join(' · '),
        total: formatHours(weeklyHours(follows.hours), language),
      })
    : null;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="person-form">
      <Stack>
        <TextInput
          label={t('team.person.name')}
          withAsterisk
          data-autofocus
          data-testid="person-name"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('team.person.email')}
          type="email"
          data-testid="person-email"
          {...form.getInputProps('email')}
        />
        <MultiSelect
          label={t('team.person.skills')}
          description={t('team.person.skillsHint')}
          data={skillOptions}
          searchable
          data-testid="person-skills"
          {...form.getInputProps('skills')}
        />
        <DateField
          label={t('team.person.activeFrom')}
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
            {t('team.person.hoursPerDay')}
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
            {form.errors.hours ?? t('team.person.total', { hours: formatHours(total, language) })}
          </Text>
        </div>
        {person && (
          <DateField
            label={t('team.person.scheduleFrom')}
            description={t('team.person.scheduleFromHint')}
            withAsterisk
            data-testid="person-schedule-from"
            {...form.getInputProps('scheduleFrom')}
          />
        )}
        {followsText && (
          <Text size="sm" c="dimmed" data-testid="person-schedule-follows">
            {followsText}
          </Text>
        )}
        {warnings.element ?? <FormActions onCancel={onDone} testId="person-save" />}
      </Stack>
    </form>
  );
}
