import {
  Alert,
  Autocomplete,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Rating,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailIntake } from '../../../../shared/mail/read-mail.ts';
import { createRequestSchema, updateRequestSchema } from '../../../../shared/requests/intake.ts';
import { formatDate } from '../../../../shared/format.ts';
import type { SupportRequest } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot, useWorkspaceState } from '../../state/workspace-state.tsx';
import { useSkillOptions } from '../../components/skill-options.ts';
import { createInput, updateInput, validateRequestForm, type RequestFormValues } from './request-form-model.ts';
import { hasNotLeftBy } from '../../../../shared/people.ts';
import { RepeatSection } from './RepeatSection.tsx';
import { repeatErrors, ruleFromValues, seriesInput } from './repeat-model.ts';

type Props = {
  /** The request being edited, or null for a new one. */
  editing: SupportRequest | null;
  initialValues: RequestFormValues;
  draftRestored: boolean;
  /** The mail this new request was read from, shown so the lead knows what was filled in. */
  fromMail?: MailIntake | undefined;
  /** A copy of another request: says which fields are left to fill in. */
  copyNote?: boolean;
  onValuesChange: (values: RequestFormValues) => void;
  onDiscardDraft: () => void;
  onCancel: () => void;
  /** Called after a successful save with the id of the saved request. */
  onSaved: (id: string) => void;
  /** For an occurrence of a series: whether the edit starts as "only this one" or "this and following". */
  seriesScope?: 'one' | 'rest';
};

const urgencies = ['low', 'normal', 'high'] as const;

export function RequestForm({
  editing,
  initialValues,
  draftRestored,
  fromMail,
  copyNote = false,
  onValuesChange,
  onDiscardDraft,
  onCancel,
  onSaved,
  seriesScope = 'one',
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const state = useWorkspaceState();
  const run = useCommand();
  const skillOptions = useSkillOptions();
  const [scope, setScope] = useState(seriesScope);
  const intakeErrors = validateRequestForm(t, editing);
  const form = useForm<RequestFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => ({ ...intakeErrors(values), ...(editing ? {} : repeatErrors(values, t)) }),
    onValuesChange: (values) => onValuesChange(values),
  });
  const departments = useMemo(
    () => [...new Set(workspace.requests.map((r) => r.department).filter(Boolean))].sort(),
    [workspace.requests],
  );
  const clients = workspace.clients.map((c) => ({ value: c.id, label: c.name }));
  const people = workspace.people.filter((p) => hasNotLeftBy(p, today)).map((p) => ({ value: p.id, label: p.name }));
  const logged = form.values.loggedAfterTheFact;
  const separator = language === 'nl' ? ',' : '.';

  const submit = form.onSubmit(async (values) => {
    const before = new Set(workspace.requests.map((r) => r.id));
    // Validation has passed, so parsing only turns the form's loose values into the API's types.
    const rule = editing ? null : ruleFromValues(values);
    const rest = editing?.seriesId !== undefined && scope === 'rest';
    const failure = await run((api) => {
      if (editing) {
        const input = updateRequestSchema.parse(updateInput(values, editing.id));
        return rest ? api.changeSeriesFrom(input) : api.updateRequest(input);
      }
      return rule
        ? api.createSeries(seriesInput(values, rule))
        : api.createRequest(createRequestSchema.parse(createInput(values)));
    });
    if (failure) {
      // A series names its template's fields as `template.title`; the form shows them as `title`.
      if (failure.field) form.setFieldError(failure.field.replace(/^template\./, ''), failure.message);
      return;
    }
    const planned = state.current()?.workspace.requests.filter((r) => !before.has(r.id)).length ?? 0;
    notifications.show({
      color: 'teal',
      message: rule ? t('series.saved', { count: planned }) : rest ? t('series.savedRest') : t('requests.form.saved'),
    });
    const added = state.current()?.workspace.requests.find((r) => !before.has(r.id));
    onSaved(editing?.id ?? added?.id ?? '');
  });

  const hoursInput = (field: 'estimatedHours' | 'actualHours', label: string, required: boolean) => (
    <NumberInput
      label={label}
      withAsterisk={required}
      min={0}
      step={0.25}
      decimalScale={2}
      decimalSeparator={separator}
      data-testid={`request-${field === 'estimatedHours' ? 'estimate' : 'actual'}`}
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="request-form">
      <Stack gap="sm">
        {draftRestored && !editing && (
          <Alert color="blue" variant="light" py={6} data-testid="request-draft-restored">
            {t('requests.form.draftRestored')}
          </Alert>
        )}
        {fromMail && !editing && (
          <Alert color="teal" variant="light" py={6} data-testid="request-from-mail">
            {t('mail.intake.fromMail', {
              subject: fromMail.subject,
              date: fromMail.receivedOn ? formatDate(fromMail.receivedOn, language) : '—',
            })}
            {fromMail.attachments.length > 0 && (
              <div data-testid="request-mail-attachments">
                {t('mail.intake.attachments', { names: fromMail.attachments.join(', ') })}
              </div>
            )}
          </Alert>
        )}
        {copyNote && (
          <Alert color="blue" variant="light" py={6} data-testid="request-copy-note">
            {t('requests.form.copyNote')}
          </Alert>
        )}
        {editing?.seriesId !== undefined && (
          <Stack gap={4}>
            <SegmentedControl
              value={scope}
              onChange={(value) => setScope(value === 'rest' ? 'rest' : 'one')}
              data={[
                { value: 'one', label: t('series.scope.one') },
                { value: 'rest', label: t('series.scope.rest') },
              ]}
              aria-label={t('series.scope.label')}
              data-testid="request-series-scope"
            />
            {scope === 'rest' && (
              <Text size="xs" c="dimmed">
                {t('series.scope.restHint')}
              </Text>
            )}
          </Stack>
        )}
        {!editing && (
          <SegmentedControl
            value={logged ? 'logged' : 'intake'}
            onChange={(value) => form.setFieldValue('loggedAfterTheFact', value === 'logged')}
            data={[
              { value: 'intake', label: t('requests.form.mode.intake') },
              { value: 'logged', label: t('requests.form.mode.logged') },
            ]}
            data-testid="request-mode"
          />
        )}
        {/* Work already done is about who did it and what it took; the intake details are secondary then. */}
        {logged && (
          <Fieldset legend={t('requests.form.sections.done')}>
            <SimpleGrid cols={4} spacing="sm">
              <Select
                label={t('requests.form.doneBy')}
                data={people}
                searchable
                clearable
                data-testid="request-done-by"
                {...form.getInputProps('doneBy')}
              />
              <DateField
                label={t('requests.form.closedOn')}
                withAsterisk
                maxDate={today}
                data-testid="request-closed-on"
                {...form.getInputProps('closedOn')}
              />
              {hoursInput('actualHours', t('requests.form.actualHours'), true)}
              <Stack gap={4}>
                <label style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500 }}>
                  {t('requests.form.satisfaction')}
                </label>
                <Rating
                  value={form.values.satisfaction ?? 0}
                  onChange={(v) => form.setFieldValue('satisfaction', v || null)}
                  data-testid="request-satisfaction"
                />
              </Stack>
            </SimpleGrid>
          </Fieldset>
        )}
        <Fieldset legend={t('requests.form.sections.requester')}>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              label={t('requests.form.requesterName')}
              withAsterisk
              data-autofocus
              data-testid="request-requester"
              {...form.getInputProps('requesterName')}
            />
            <TextInput
              label={t('mail.requesterEmail')}
              type="email"
              data-testid="request-requester-email"
              {...form.getInputProps('requesterEmail')}
            />
            <Select
              label={t('mail.requesterLanguage')}
              data={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`mail.languages.${l}`) }))}
              allowDeselect={false}
              data-testid="request-requester-language"
              {...form.getInputProps('requesterLanguage')}
            />
            <Autocomplete
              label={t('requests.form.department')}
              withAsterisk={!form.values.clientId}
              data={departments}
              data-testid="request-department"
              {...form.getInputProps('department')}
            />
            <Select
              label={t('requests.form.client')}
              data={clients}
              clearable
              searchable
              data-testid="request-client"
              {...form.getInputProps('clientId')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('requests.form.sections.what')}>
          <Stack gap="sm">
            <TextInput
              label={t('requests.form.title')}
              withAsterisk
              data-testid="request-title"
              {...form.getInputProps('title')}
            />
            <SimpleGrid cols={2} spacing="sm">
              <Textarea
                label={t('requests.form.goal')}
                withAsterisk={!logged}
                autosize
                minRows={2}
                maxRows={5}
                data-testid="request-goal"
                {...form.getInputProps('goal')}
              />
              <Textarea
                label={t('requests.form.deliverable')}
                withAsterisk={!logged}
                autosize
                minRows={2}
                maxRows={5}
                data-testid="request-deliverable"
                {...form.getInputProps('deliverable')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('requests.form.sections.when')}>
          <SimpleGrid cols={4} spacing="sm">
            <DateField
              label={t('requests.form.windowFrom')}
              clearable
              data-testid="request-window-from"
              {...form.getInputProps('windowFrom')}
            />
            <DateField
              label={t('requests.form.deadline')}
              withAsterisk={!logged}
              clearable
              data-testid="request-deadline"
              {...form.getInputProps('deadline')}
            />
            {hoursInput('estimatedHours', t('requests.form.estimatedHours'), !logged)}
            <Select
              label={t('requests.form.urgency')}
              data={urgencies.map((u) => ({ value: u, label: t(`requests.urgency.${u}`) }))}
              allowDeselect={false}
              data-testid="request-urgency"
              {...form.getInputProps('urgency')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('requests.form.skills')}
            data={skillOptions}
            searchable
            clearable
            mt="sm"
            data-testid="request-skills"
            {...form.getInputProps('skills')}
          />
        </Fieldset>
        {!editing && !logged && <RepeatSection form={form} />}
        <Fieldset legend={t('requests.form.sections.expectations')}>
          <SimpleGrid cols={2} spacing="sm">
            <Textarea
              label={t('requests.form.requesterSupplies')}
              autosize
              minRows={2}
              maxRows={5}
              data-testid="request-supplies"
              {...form.getInputProps('requesterSupplies')}
            />
            <Textarea
              label={t('requests.form.doneWhen')}
              withAsterisk={!logged}
              autosize
              minRows={2}
              maxRows={5}
              data-testid="request-done-when"
              {...form.getInputProps('doneWhen')}
            />
          </SimpleGrid>
        </Fieldset>
        <Group justify="space-between">
          {!editing ? (
            <Button variant="subtle" color="red" onClick={onDiscardDraft} data-testid="request-discard-draft">
              {t('requests.form.discardDraft')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onCancel} data-testid="request-cancel">
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="request-save">
              {t('requests.form.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
