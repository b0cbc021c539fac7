import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../components/RowActions.tsx';
import { formatDate, formatHours, formatMoney } from '../../../../shared/format.ts';
import { monthOf, monthsFromTo, valueByMonth, valueEntryCents } from '../../../../shared/revenue/index.ts';
import type { ValueEntry } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { valueFormSchema, valueFormValues, type ValueFormValues } from './entry-form-models.ts';
import { hoursInputProps } from '../../forms/decimal-separator.ts';
import { internalRateOn, shadowRateOn } from '../../../../shared/settings/dated.ts';
import { FormActions } from '../../components/FormActions.tsx';

function ValueForm({ entry, onDone }: { entry: ValueEntry | null; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const form = useForm<ValueFormValues>({
    mode: 'controlled',
    initialValues: valueFormValues(entry, today),
    validate: zodValidate(valueFormSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    const data = valueFormSchema.parse(values);
    const failure = await run((api) =>
      entry ? api.updateValueEntry({ ...data, id: entry.id }) : api.addValueEntry(data),
    );
    if (!failure) onDone();
    else if (failure.field) form.setFieldError(failure.field, failure.message);
  });
  const hours = typeof form.values.hours === 'number' ? form.values.hours : 0;
  // The rate in force on the entry's date, as the value is counted (dated settings).
  const shadowRateCents = shadowRateOn(
    workspace.settings,
    typeof form.values.date === 'string' && form.values.date !== '' ? form.values.date : today,
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="value-form">
      <Stack gap="sm">
        <TextInput
          label={t('placements.value.description')}
          withAsterisk
          data-autofocus
          data-testid="value-description"
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={3} spacing="sm">
          <DateField
            label={t('placements.value.date')}
            withAsterisk
            data-testid="value-date"
            {...form.getInputProps('date')}
          />
          <TextInput
            label={t('placements.value.beneficiary')}
            data-testid="value-beneficiary"
            {...form.getInputProps('beneficiary')}
          />
          <NumberInput
            label={t('placements.value.hours')}
            withAsterisk
            {...hoursInputProps(language)}
            data-testid="value-hours"
            {...form.getInputProps('hours')}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed" data-testid="value-worth">
          {formatHours(hours, language)} × {formatMoney(shadowRateCents, language)} ={' '}
          {formatMoney(valueEntryCents({ hours }, shadowRateCents), language)}
        </Text>
        <FormActions onCancel={onDone} testId="value-save" />
      </Stack>
    </form>
  );
}

export function ValueSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const [form, setForm] = useState<{ entry: ValueEntry | null } | null>(null);
  const shadowRateCents = shadowRateOn(workspace.settings, today);
  const internalRateCents = internalRateOn(workspace.settings, today);
  const worth = (e: ValueEntry) => valueEntryCents(e, shadowRateOn(workspace.settings, e.date));
  const year = valueByMonth(workspace, monthsFromTo(`${today.slice(0, 4)}-01`, monthOf(today)));
  const requestHours = year.reduce((sum, m) => sum + m.requestHours, 0);
  const requestCents = year.reduce((sum, m) => sum + m.requestCents, 0);
  const entries = workspace.value.toSorted((a, b) => b.date.localeCompare(a.date));
  const total = entries.reduce((sum, e) => sum + worth(e), 0);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>{t('placements.value.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('placements.value.intro', { rate: formatMoney(shadowRateCents, language) })}
          </Text>
          <Text size="sm" c="dimmed" data-testid="value-requests">
            {t('placements.value.requests', {
              hours: formatHours(requestHours, language),
              rate: formatMoney(internalRateCents, language),
              amount: formatMoney(requestCents, language),
            })}
          </Text>
        </div>
        <Button onClick={() => setForm({ entry: null })} data-testid="add-value">
          {t('placements.value.add')}
        </Button>
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed" data-testid="value-empty">
          {t('placements.value.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={4} data-testid="value-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('placements.value.date')}</Table.Th>
              <Table.Th>{t('placements.value.description')}</Table.Th>
              <Table.Th>{t('placements.value.beneficiary')}</Table.Th>
              <Table.Th ta="right">{t('placements.value.hours')}</Table.Th>
              <Table.Th ta="right">{t('placements.value.worth')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id} data-testid="value-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.date, language)}</Table.Td>
                <Table.Td>{e.description}</Table.Td>
                <Table.Td>{e.beneficiary}</Table.Td>
                <Table.Td ta="right">{formatHours(e.hours, language)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(worth(e), language)}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    onEdit={() => setForm({ entry: e })}
                    confirmRemove={t('placements.value.confirmRemove')}
                    onRemove={() => void run((api) => api.removeValueEntry({ id: e.id }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>{t('placements.value.total')}</Table.Th>
              <Table.Th ta="right">
                {formatHours(
                  entries.reduce((sum, e) => sum + e.hours, 0),
                  language,
                )}
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="value-total">
                {formatMoney(total, language)}
              </Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        size="lg"
        title={form?.entry ? t('placements.value.editTitle') : t('placements.value.addTitle')}
      >
        {form && <ValueForm entry={form.entry} onDone={() => setForm(null)} />}
      </Modal>
    </Stack>
  );
}
