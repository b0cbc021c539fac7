import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../components/RowActions.tsx';
import { formatMoney } from '../../../../shared/format.ts';
import type { Client } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { ClientForm } from './ClientForm.tsx';

export function ClientsTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const run = useCommand();
  const [form, setForm] = useState<{ client: Client | null } | null>(null);
  const countOf = (id: string) => workspace.placements.filter((p) => p.clientId === id).length;
  const clients = workspace.clients.toSorted((a, b) => a.name.localeCompare(b.name, language));

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button onClick={() => setForm({ client: null })} data-testid="add-client">
          {t('placements.clients.add')}
        </Button>
      </Group>
      {clients.length === 0 ? (
        <Text c="dimmed" data-testid="clients-empty">
          {t('placements.clients.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="clients-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('placements.clients.name')}</Table.Th>
              <Table.Th>{t('placements.clients.kind')}</Table.Th>
              <Table.Th>{t('placements.clients.contactName')}</Table.Th>
              <Table.Th ta="right">{t('placements.clients.defaultRate')}</Table.Th>
              <Table.Th ta="right">{t('placements.clients.placements')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.map((c) => (
              <Table.Tr key={c.id} data-testid="client-row" data-client-id={c.id}>
                <Table.Td fw={500}>{c.name}</Table.Td>
                <Table.Td>{t(`placements.clients.kinds.${c.kind}`)}</Table.Td>
                <Table.Td>
                  {c.contactName}
                  {c.contactEmail && (
                    <Text size="xs" c="dimmed">
                      {c.contactEmail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(c.defaultRateCents, language)}
                </Table.Td>
                <Table.Td ta="right">{countOf(c.id)}</Table.Td>
                <Table.Td>
                  <RowActions
                    onEdit={() => setForm({ client: c })}
                    confirmRemove={t('placements.clients.confirmRemove', { name: c.name })}
                    onRemove={() => void run((api) => api.removeClient({ id: c.id }))}
                    removeBlockedBecause={countOf(c.id) > 0 ? t('placements.clients.inUse') : undefined}
                    testIdPrefix="client"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        size="lg"
        title={
          form?.client
            ? t('placements.clients.editTitle', { name: form.client.name })
            : t('placements.clients.addTitle')
        }
      >
        {form && <ClientForm client={form.client} onDone={() => setForm(null)} />}
      </Modal>
    </Stack>
  );
}
