import {
  Button,
  Drawer,
  Group,
  Loader,
  MultiSelect,
  SegmentedControl,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecentSnapshot } from '../../state/workspace-state.tsx';
import { useSkillOptions } from '../../components/skill-options.ts';
import { CapacityGrid } from './CapacityGrid.tsx';
import { CellPanel, CoverageView, WhoIsFree } from './lazy-panels.ts';
import { ExportGridButton } from './ExportGridButton.tsx';
import { Legend } from './Legend.tsx';
import { ranges, useCapacityView, type RangeSize } from './use-capacity-view.ts';
import { useModalAbove } from '../../components/use-modal-above.ts';
import { useIntent } from '../../app/intents.ts';

export function CapacityPage() {
  const { t } = useTranslation();
  const modalAbove = useModalAbove();
  const snapshot = useRecentSnapshot();
  const skillOptions = useSkillOptions();
  const capacity = useCapacityView();
  const [open, setOpen] = useState<{ personId: string; week: string } | null>(null);
  const [tab, setTab] = useState<string | null>('grid');
  const { view, filters, setFilters } = capacity;
  const openCell = useCallback((personId: string, week: string) => setOpen({ personId, week }), []);
  // From Today: the week in question at the grid's left edge, with the person's cell open when there is one.
  useIntent(['week'], (intent) => {
    capacity.goToWeek(intent.week);
    setTab(intent.tab);
    setOpen(intent.personId ? { personId: intent.personId, week: intent.week } : null);
  });

  if (snapshot.workspace.people.length === 0) {
    return (
      <Stack>
        <Title order={2}>{t('capacity.title')}</Title>
        <Text c="dimmed" data-testid="capacity-empty">
          {t('capacity.noTeam')}
        </Text>
      </Stack>
    );
  }

  const openName = open ? (view.people.get(open.personId)?.name ?? '') : '';
  return (
    <Stack gap="sm">
      <div>
        <Title order={2}>{t('capacity.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('capacity.intro')}
        </Text>
      </div>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={String(capacity.range)}
          onChange={(v) => capacity.setRange(Number(v) as RangeSize)}
          data={ranges.map((r) => ({ value: String(r), label: t('capacity.range', { count: r }) }))}
          data-testid="capacity-range"
        />
        <Button.Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => capacity.move(-1)}
            aria-label={t('capacity.previous')}
            data-testid="capacity-prev"
          >
            ‹
          </Button>
          <Button size="xs" variant="default" onClick={capacity.goToThisWeek}>
            {t('capacity.thisWeek')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => capacity.move(1)}
            aria-label={t('capacity.next')}
            data-testid="capacity-next"
          >
            ›
          </Button>
        </Button.Group>
        <TextInput
          size="xs"
          placeholder={t('capacity.filterName')}
          aria-label={t('capacity.filterName')}
          value={filters.name}
          onChange={(e) => setFilters({ ...filters, name: e.currentTarget.value })}
          w={180}
          data-testid="capacity-filter-name"
        />
        <MultiSelect
          size="xs"
          placeholder={filters.skills.length ? undefined : t('capacity.filterSkills')}
          aria-label={t('capacity.filterSkills')}
          data={skillOptions}
          value={filters.skills}
          onChange={(skills) => setFilters({ ...filters, skills })}
          clearable
          w={260}
          // Mantine keeps a closed dropdown mounted; on the start page that is a hidden list with a
          // scroll area whose first measurement forces a layout while the grid is being drawn.
          comboboxProps={{ keepMounted: false }}
          data-testid="capacity-filter-skills"
        />
        <Switch
          size="xs"
          label={t('capacity.includeProposed')}
          checked={capacity.includeProposed}
          onChange={(e) => capacity.setIncludeProposed(e.currentTarget.checked)}
          data-testid="capacity-include-proposed"
        />
        <ExportGridButton view={view} includeProposed={capacity.includeProposed} />
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="grid" data-testid="capacity-tab-grid">
            {t('capacity.tabs.grid')}
          </Tabs.Tab>
          <Tabs.Tab value="coverage" data-testid="capacity-tab-coverage">
            {t('capacity.tabs.coverage')}
          </Tabs.Tab>
          <Tabs.Tab value="free" data-testid="capacity-tab-free">
            {t('capacity.tabs.free')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="grid" pt="sm">
          <Stack gap="xs">
            <Legend />
            <CapacityGrid view={view} includeProposed={capacity.includeProposed} onOpenCell={openCell} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="sm">
          <Suspense fallback={<Loader size="sm" />}>
            <CoverageView view={view} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="free" pt="sm">
          <Suspense fallback={<Loader size="sm" />}>
            <WhoIsFree />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        closeOnEscape={!modalAbove}
        position="right"
        size="md"
        title={open ? t('capacity.cellTitle', { name: openName, week: Number(open.week.slice(6)) }) : ''}
      >
        {open && (
          <Suspense fallback={<Loader size="sm" />}>
            <CellPanel personId={open.personId} week={open.week} />
          </Suspense>
        )}
      </Drawer>
    </Stack>
  );
}
