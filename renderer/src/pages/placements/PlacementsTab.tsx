import { Button, Drawer, Group, Modal, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours, formatMoney } from '../../../../shared/format.ts';
import { monthOf, rateOn, revenueByMonth } from '../../../../shared/revenue/index.ts';
import type { Placement } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { ImportButton } from '../../components/ImportDialog.tsx';
import { PlacementDrawer } from './PlacementDrawer.tsx';
import { PlacementForm } from './PlacementForm.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useModalAbove } from '../../components/use-modal-above.ts';
import { useIntent } from '../../app/intents.ts';

type Form = { placement: Placement | null } | null;
const statusOrder: Record<Placement['status'], number> = { proposed: 0, confirmed: 1, ended: 2 };

export function PlacementsTab() {
  const { t } = useTranslation();
  const modalAbove = useModalAbove();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const [status, setStatus] = useState<string | null>(null);
  const [clientId, setClientId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [form, setForm] = useState<Form>(null);
  useIntent(['placement', 'newPlacement', 'client'], (intent) => {
    if (intent.kind === 'placement') setOpenId(intent.id);
    else if (intent.kind === 'client') {
      // A client's page is its placements: the list narrowed to them, whatever their status.
      setClientId(intent.id);
      setStatus(null);
    } else setForm({ placement: null });
  });
  const people = new Map(workspace.people.map((p) => [p.id, p.name]));
  const clients = new Map(workspace.clients.map((c) => [c.id, c.name]));
  const thisMonth = useMemo(() => {
    const [month] = revenueByMonth(workspace, [monthOf(today)], today);
    return new Map(month?.placements.map((p) => [p.placementId, p.plannedCents]));
  }, [workspace, today]);

  const shown = workspace.placements
    .filter((p) => (status === null || p.status === status) && (clientId === null || p.clientId === clientId))
    .toSorted((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.from.localeCompare(a.from));
  const open = workspace.placements.find((p) => p.id === openId) ?? null;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm">
          <Select
            size="xs"
            aria-label={t('placements.filters.status')}
            placeholder={t('placements.filters.all')}
            data={(['proposed', 'confirmed', 'ended'] as const).map((s) => ({
              value: s,
              label: t(`placements.status.${s}`),
            }))}
            value={status}
            onChange={setStatus}
            clearable
            w={180}
            data-testid="placements-filter-status"
          />
          <Select
            size="xs"
            aria-label={t('placements.filters.client')}
            placeholder={t('placements.filters.allClients')}
            data={workspace.clients.map((c) => ({ value: c.id, label: c.name }))}
            value={clientId}
            onChange={setClientId}
            clearable
            searchable
            w={280}
            data-testid="placements-filter-client"
          />
        </Group>
        <Group>
          <ImportButton kind="placements" />
          <Button onClick={() => setForm({ placement: null })} data-testid="add-placement">
            {t('placements.add')}
          </Button>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed" data-testid="placements-empty">
          {workspace.placements.length === 0 ? t('placements.empty') : t('placements.emptyFiltered')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="placements-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('placements.columns.person')}</Table.Th>
                <Table.Th>{t('placements.columns.client')}</Table.Th>
                <Table.Th>{t('placements.columns.period')}</Table.Th>
                <Table.Th ta="right">{t('placements.columns.hoursPerWeek')}</Table.Th>
                <Table.Th ta="right">{t('placements.columns.rate')}</Table.Th>
                <Table.Th>{t('placements.columns.status')}</Table.Th>
                <Table.Th ta="right">{t('placements.columns.thisMonth')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => {
                const cents = thisMonth.get(p.id);
                const amount = cents === undefined ? '—' : formatMoney(cents, language);
                return (
                  <Table.Tr
                    key={p.id}
                    onClick={() => setOpenId(p.id)}
                    style={{ cursor: 'pointer' }}
                    data-testid="placement-row"
                    data-placement-id={p.id}
                    data-status={p.status}
                  >
                    <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                      <a
                        href={`#/placements`}
                        onClick={(e) => {
                          e.preventDefault();
                          setOpenId(p.id);
                        }}
                        style={{ color: 'inherit', textDecoration: 'none' }}
                        data-testid="placement-open"
                      >
                        {people.get(p.personId) ?? p.personId}
                      </a>
                    </Table.Td>
                    <Table.Td>{clients.get(p.clientId) ?? p.clientId}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(p.from, language)} – {p.to ? formatDate(p.to, language) : t('placements.openEnded')}
                    </Table.Td>
                    <Table.Td ta="right">{formatHours(p.hoursPerWeek, language)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatMoney(rateOn(p.rates, today), language)}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      style={{ whiteSpace: 'nowrap' }}
                      data-testid="placement-this-month"
                      data-cents={cents ?? ''}
                    >
                      {p.status === 'proposed' && cents !== undefined ? (
                        <Tooltip label={t('placements.forecastHint')}>
                          <Text span size="sm" fs="italic" c="dimmed">
                            {amount}
                          </Text>
                        </Tooltip>
                      ) : (
                        amount
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Drawer
        opened={open !== null}
        onClose={() => setOpenId(null)}
        closeOnEscape={!modalAbove}
        position="right"
        size="xl"
        title={
          open
            ? t('placements.drawer.title', {
                person: people.get(open.personId) ?? '',
                client: clients.get(open.clientId) ?? '',
              })
            : ''
        }
      >
        {open && (
          <PlacementDrawer
            placement={open}
            onEdit={() => setForm({ placement: open })}
            onClose={() => setOpenId(null)}
          />
        )}
      </Drawer>
      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        size="lg"
        title={form?.placement ? t('placements.editTitle') : t('placements.addTitle')}
      >
        {form && <PlacementForm placement={form.placement} onDone={() => setForm(null)} />}
      </Modal>
    </Stack>
  );
}
