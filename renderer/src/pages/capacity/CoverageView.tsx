import { Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCapacityGrid, weekRange } from '../../../../shared/capacity/index.ts';
import {
  coverCandidates,
  groupCoverRuns,
  proposeCover,
  weeklyNeed,
  type CoverRun,
} from '../../../../shared/planning/cover-runs.ts';
import { findCoverageGaps } from '../../../../shared/planning/coverage.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSessionState } from '../../state/use-stored-state.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { CoverChooser } from './CoverChooser.tsx';
import { CoverDismiss } from './CoverDismiss.tsx';
import { DismissedCover } from './DismissedCover.tsx';
import { hoursText, runDates, runWeeks } from './cover-labels.ts';
import type { CapacityView } from './use-capacity-view.ts';

/** How far ahead the lead looks: a month by default, so next season's holidays do not bury this week's gaps. */
export const coverRanges = [4, 8, 13] as const;
type CoverRange = (typeof coverRanges)[number];

type Dialog = { kind: 'choose' | 'dismiss'; run: CoverRun } | null;

export function CoverageView({ view }: { view: CapacityView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const command = useCommand();
  const [range, setRange] = useSessionState<CoverRange>(
    'coverage.range',
    4,
    (s) => coverRanges.find((r) => String(r) === s) ?? null,
  );
  const [dialog, setDialog] = useState<Dialog>(null);
  const name = (id: string) => view.people.get(id)?.name ?? id;

  // From this week on, whatever weeks the grid tab shows: cover is about what is coming.
  const grid = useMemo(
    () => computeCapacityGrid(workspace, weekRange(view.thisWeek, range)),
    [workspace, view.thisWeek, range],
  );
  const runs = useMemo(
    () => groupCoverRuns(findCoverageGaps(workspace, grid), workspace.coverDismissals),
    [workspace, grid],
  );
  const open = useMemo(
    () =>
      runs
        .filter((run) => run.dismissal === null)
        .map((run) => {
          const candidates = coverCandidates(run, workspace, grid);
          return { run, candidates, proposal: proposeCover(run, candidates) };
        }),
    [runs, workspace, grid],
  );
  const dismissed = runs.filter((run) => run.dismissal !== null);

  const accept = async (item: (typeof open)[number]) => {
    if (!item.proposal) return;
    const { run, proposal } = item;
    const failure = await command((api) =>
      api.acceptCover({ structuralId: run.structuralId, from: run.weeks[0]!, to: run.weeks.at(-1)!, covers: proposal }),
    );
    if (!failure)
      notifications.show({
        color: 'teal',
        message: t('capacity.coverage.accepted', { manager: run.supported, weeks: runWeeks(run, t) }),
      });
  };
  const chosen = dialog?.kind === 'choose' ? open.find((o) => o.run === dialog.run) : undefined;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" maw={720}>
          {t('capacity.coverage.intro')}
        </Text>
        <SegmentedControl
          size="xs"
          value={String(range)}
          onChange={(v) => setRange(Number(v) as CoverRange)}
          data={coverRanges.map((r) => ({ value: String(r), label: t('capacity.coverage.range', { count: r }) }))}
          data-testid="coverage-range"
        />
      </Group>
      {open.length === 0 ? (
        <Text data-testid="coverage-none">{t('capacity.coverage.none')}</Text>
      ) : (
        // At the window's minimum width the three actions stack, and the table scrolls rather than cut them off.
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs" data-testid="coverage-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('capacity.coverage.weeks')}</Table.Th>
                <Table.Th>{t('capacity.coverage.manager')}</Table.Th>
                <Table.Th>{t('capacity.coverage.secretary')}</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('capacity.coverage.hours')}
                </Table.Th>
                <Table.Th>{t('capacity.coverage.proposal')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((item) => {
                const { run, proposal } = item;
                return (
                  <Table.Tr
                    key={`${run.supported}-${run.weeks[0]}`}
                    data-testid="coverage-row"
                    data-manager={run.supported}
                    data-person-ids={run.secretaries.join(' ')}
                    data-from={run.weeks[0]}
                    data-to={run.weeks.at(-1)}
                    data-weeks={run.weeks.length}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={500}>
                        {runWeeks(run, t)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {runDates(run, language)}
                      </Text>
                    </Table.Td>
                    <Table.Td fw={500}>{run.supported}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{run.secretaries.map(name).join(', ')}</Text>
                      <Group gap={4}>
                        {run.reasons.map((reason) => (
                          <Badge
                            key={reason}
                            size="sm"
                            variant="light"
                            color={reason === 'leave' ? 'blue' : 'red'}
                            tt="none"
                          >
                            {t(`capacity.coverage.reasons.${reason}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{hoursText(weeklyNeed(run), language)}</Table.Td>
                    <Table.Td data-testid="coverage-proposal">
                      {proposal ? (
                        <Text size="sm">
                          {proposal
                            .map((s) =>
                              t('capacity.coverage.share', {
                                name: name(s.personId),
                                hours: hoursText(s.hours, language),
                              }),
                            )
                            .join(' + ')}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('capacity.coverage.noProposal')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} justify="flex-end">
                        {proposal && (
                          <Button size="compact-sm" onClick={() => void accept(item)} data-testid="coverage-accept">
                            {t('capacity.coverage.accept')}
                          </Button>
                        )}
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setDialog({ kind: 'choose', run })}
                          data-testid="coverage-choose"
                        >
                          {t('capacity.coverage.choose')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="gray"
                          onClick={() => setDialog({ kind: 'dismiss', run })}
                          data-testid="coverage-dismiss"
                        >
                          {t('capacity.coverage.dismiss')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <DismissedCover runs={dismissed} />
      {chosen && (
        <CoverChooser
          run={chosen.run}
          candidates={chosen.candidates}
          proposal={chosen.proposal}
          name={name}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'dismiss' && <CoverDismiss run={dialog.run} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
