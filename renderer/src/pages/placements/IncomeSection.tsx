import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../components/RowActions.tsx';
import { formatDate, formatMoney } from '../../../../shared/format.ts';
import { incomeKindSchema, type IncomeEntry } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import {
  incomeFormSchema,
  incomeFormValues,
  incomeFromForm,
  moneyField,
  type IncomeFormValues,
} from './entry-form-models.ts';
import { euroInputProps } from './money.ts';
import { FormActions } from '../../components/FormActions.tsx';

function IncomeForm({ entry, onDone }: { entry: IncomeEntry | null; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const form = useForm<IncomeFormValues>({
    mode: 'controlled',
    initialValues: incomeFormValues(entry, today),
    validate: zodValidate(incomeFormSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    const data = incomeFromForm(incomeFormSchema.parse(values));
    const failure = await run((api) =>
      entry ? api.updateIncomeEntry({ ...data, id: entry.id }) : api.addIncomeEntry(data),
    );
    if (!failure) onDone();
    else if (failure.field) form.setFieldError(moneyField(failure.field, 'amount'), failure.message);
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="income-form">
      <Stack gap="sm">
        <TextInput
          label={t('placements.income.description')}
          withAsterisk
          data-autofocus
          data-testid="income-description"
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <DateField
            label={t('placements.income.date')}
            withAsterisk
            data-testid="income-date"
            {...form.getInputProps('date')}
          />
          <Select
            label={t('placements.income.kind')}
            data={incomeKindSchema.options.map((k) => ({ value: k, label: t(`placements.income.kinds.${k}`) }))}
            allowDeselect={false}
            withAsterisk
            data-testid="income-kind"
            {...form.getInputProps('kind')}
          />
          <NumberInput
            label={t('placements.income.amount')}
            withAsterisk
            {...euroInputProps(language)}
            data-testid="income-amount"
            {...form.getInputProps('amount')}
          />
          <Select
            label={t('placements.income.client')}
            placeholder={t('placements.income.noClient')}
            data={workspace.clients.map((c) => ({ value: c.id, label: c.name }))}
            clearable
            searchable
            data-testid="income-client"
            {...form.getInputProps('clientId')}
          />
        </SimpleGrid>
        <FormActions onCancel={onDone} testId="income-save" />
      </Stack>
    </form>
  );
}

export function IncomeSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const run = useCommand();
  const [form, setForm] = useState<{ entry: IncomeEntry | null } | null>(null);
  const clients = new Map(workspace.clients.map((c) => [c.id, c.name]));
  const entries = workspace.income.toSorted((a, b) => b.date.localeCompare(a.date));
  const total = entries.reduce((sum, e) => sum + e.amountCents, 0);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>{t('placements.income.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('placements.income.intro')}
          </Text>
        </div>
        <Button onClick={() => setForm({ entry: null })} data-testid="add-income">
          {t('placements.income.add')}
        </Button>
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed" data-testid="income-empty">
          {t('placements.income.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={4} data-testid="income-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('placements.income.date')}</Table.Th>
              <Table.Th>{t('placements.income.kind')}</Table.Th>
              <Table.Th>{t('placements.income.description')}</Table.Th>
              <Table.Th ta="right">{t('placements.income.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id} data-testid="income-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.date, language)}</Table.Td>
                <Table.Td>{t(`placements.income.kinds.${e.kind}`)}</Table.Td>
                <Table.Td>
                  {e.description}
                  {e.clientId && (
                    <Text size="xs" c="dimmed">
                      {clients.get(e.clientId) ?? e.clientId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(e.amountCents, language)}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    onEdit={() => setForm({ entry: e })}
                    confirmRemove={t('placements.income.confirmRemove')}
                    onRemove={() => void run((api) => api.removeIncomeEntry({ id: e.id }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>{t('placements.income.total')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="income-total">
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
        title={form?.entry ? t('placements.income.editTitle') : t('placements.income.addTitle')}
      >
        {form && <IncomeForm entry={form.entry} onDone={() => setForm(null)} />}
      </Modal>
    </Stack>
  );
}
