import { Button, Chip, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueFilters } from '../../../../shared/requests/index.ts';
import { requestStatusSchema, type RequestStatus } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSkillOptions } from '../../components/skill-options.ts';
import { statusColour } from './status-style.ts';

type Props = {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  onClear: () => void;
  groups: string[];
  shown: number;
  total: number;
};

const statuses = requestStatusSchema.options;
const isStatus = (value: string): value is RequestStatus => (statuses as readonly string[]).includes(value);

/** Memoised: sorting re-renders the page, and these inputs have nothing to redraw then. */
export const QueueFilterBar = memo(function QueueFilterBar({
  filters,
  onChange,
  onClear,
  groups,
  shown,
  total,
}: Props) {
  const { t } = useTranslation();
  const skillOptions = useSkillOptions();
  const number = new Intl.NumberFormat(useLanguage() === 'nl' ? 'nl-NL' : 'en-GB');
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  return (
    <Stack gap={8}>
      <Group gap="sm" wrap="wrap" align="center">
        <TextInput
          size="xs"
          w={280}
          placeholder={t('requests.filters.search')}
          aria-label={t('requests.filters.search')}
          value={filters.search}
          onChange={(e) => set({ search: e.currentTarget.value })}
          data-testid="requests-search"
        />
        <Select
          size="xs"
          w={190}
          placeholder={t('requests.filters.group')}
          aria-label={t('requests.filters.group')}
          data={groups}
          value={filters.group}
          onChange={(group) => set({ group })}
          searchable
          clearable
          data-testid="requests-filter-group"
        />
        <Select
          size="xs"
          w={160}
          placeholder={t('requests.filters.skill')}
          aria-label={t('requests.filters.skill')}
          data={skillOptions}
          value={filters.skill}
          onChange={(skill) => set({ skill })}
          clearable
          data-testid="requests-filter-skill"
        />
        <Switch
          size="xs"
          label={t('requests.filters.overdue')}
          checked={filters.overdueOnly}
          onChange={(e) => set({ overdueOnly: e.currentTarget.checked })}
          data-testid="requests-filter-overdue"
        />
        <Button size="compact-xs" variant="subtle" onClick={onClear} data-testid="requests-clear-filters">
          {t('requests.clearFilters')}
        </Button>
      </Group>
      <Group gap="xs" align="center">
        <Text size="xs" fw={500} c="dimmed">
          {t('requests.filters.status')}:
        </Text>
        <Chip.Group multiple value={filters.statuses} onChange={(values) => set({ statuses: values.filter(isStatus) })}>
          <Group gap={6} data-testid="requests-filter-status">
            {statuses.map((s) => (
              <Chip
                key={s}
                value={s}
                size="xs"
                color={statusColour[s]}
                wrapperProps={{ 'data-testid': `requests-filter-status-${s}` }}
              >
                {t(`requests.status.${s}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Text size="xs" c="dimmed" ml="auto" data-testid="requests-count" data-shown={shown} data-total={total}>
          {t('requests.count', { shown: number.format(shown), total: number.format(total) })}
        </Text>
      </Group>
    </Stack>
  );
});
