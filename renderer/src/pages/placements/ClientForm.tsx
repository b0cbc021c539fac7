import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { clientKindSchema, type Client } from '../../../../shared/schemas/index.ts';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import {
  clientFormSchema,
  clientFormValues,
  clientFromForm,
  moneyField,
  type ClientFormValues,
} from './entry-form-models.ts';
import { euroInputProps } from './money.ts';
import { FormActions } from '../../components/FormActions.tsx';

export function ClientForm({ client, onDone }: { client: Client | null; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const run = useCommand();
  const form = useForm<ClientFormValues>({
    mode: 'controlled',
    initialValues: clientFormValues(client),
    validate: zodValidate(clientFormSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    const data = clientFromForm(clientFormSchema.parse(values));
    const failure = await run((api) => (client ? api.updateClient({ ...data, id: client.id }) : api.addClient(data)));
    if (!failure) onDone();
    else if (failure.field) form.setFieldError(moneyField(failure.field, 'defaultRate'), failure.message);
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="client-form">
      <Stack gap="sm">
        <TextInput
          label={t('placements.clients.name')}
          withAsterisk
          data-autofocus
          data-testid="client-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('placements.clients.kind')}
            data={clientKindSchema.options.map((k) => ({ value: k, label: t(`placements.clients.kinds.${k}`) }))}
            allowDeselect={false}
            withAsterisk
            data-testid="client-kind"
            {...form.getInputProps('kind')}
          />
          <NumberInput
            label={t('placements.clients.defaultRate')}
            withAsterisk
            {...euroInputProps(language)}
            data-testid="client-rate"
            {...form.getInputProps('defaultRate')}
          />
          <TextInput
            label={t('placements.clients.contactName')}
            data-testid="client-contact"
            {...form.getInputProps('contactName')}
          />
          <TextInput
            label={t('placements.clients.contactEmail')}
            type="email"
            data-testid="client-email"
            {...form.getInputProps('contactEmail')}
          />
        </SimpleGrid>
        <FormActions onCancel={onDone} testId="client-save" />
      </Stack>
    </form>
  );
}
