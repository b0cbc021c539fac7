import { Button, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekKey, weekRange } from '../../../../shared/capacity/index.ts';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import { roundHalfAway } from '../../../../shared/rounding.ts';
import { splitOver, suggestFor, weeksBetween } from '../../../../shared/requests/index.ts';
import type { Assignment, SupportRequest } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { CandidateList } from '../../components/CandidateList.tsx';
import { useWeekWarnings } from '../../components/WeekWarnings.tsx';
import { assignWarnings, lineOf, previewCapacity, validLine, type SplitLine } from './assign-model.ts';
import { SplitEditor } from './SplitEditor.tsx';

type Props = { request: SupportRequest; onDone: () => void };

const round = (h: number) => roundHalfAway(h, 1);

/** Ranked candidates with their reasons, an editable split, and its effect on each person's spare hours before confirming. */
export function AssignView({ request, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const warnings = useWeekWarnings();
  const suggestions = useMemo(() => suggestFor(workspace, request, today), [workspace, request, today]);
  const windowWeeks = useMemo(() => weeksBetween(suggestions.from, suggestions.to), [suggestions]);
  // The window's weeks plus the coming quarter, so a line can be moved beyond the window when it must.
  const weeks = useMemo(
    () => [...new Set([...windowWeeks, ...weekRange(weekKey(today), 13)])].sort(),
    [windowWeeks, today],
  );
  const [lines, setLines] = useState<SplitLine[]>(() => request.assignments.map(lineOf));
  const chosen = [...new Set(lines.map((l) => l.personId).filter((id): id is string => id !== null))];
  const plan: Assignment[] = lines.filter(validLine).map(({ personId, week, hours }) => ({ personId, week, hours }));
  const planKey = JSON.stringify(plan);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- planKey stands for plan, which is rebuilt each render
  const preview = useMemo(() => previewCapacity(workspace, request, plan), [workspace, request, planKey]);
  const ready = lines.length > 0 && lines.every(validLine);
  const names = new Map(workspace.people.map((p) => [p.id, p.name]));
  const h = (n: number) => formatHours(round(n), language);

  // Choosing someone spreads the estimate evenly over everyone chosen and the window's weeks.
  const pick = (personId: string) =>
    setLines(splitOver(request.estimatedHours, [...chosen, personId], windowWeeks).map(lineOf));

  const confirm = () => {
    if (ready) warnings.attempt(assignWarnings(workspace, request, plan), save);
  };
  const save = async () => {
    const failure = await run((api) => api.assignRequest({ id: request.id, assignments: plan }));
    if (failure) return;
    notifications.show({
      color: 'teal',
      message: t('requests.assign.done', { names: chosen.map((id) => names.get(id) ?? id).join(', ') }),
    });
    onDone();
  };

  return (
    <Stack gap="sm" data-testid="assign-view">
      <Text size="sm" c="dimmed" data-testid="assign-query">
        {t('requests.assign.query', {
          hours: formatHours(suggestions.hours, language),
          from: formatDate(suggestions.from, language),
          to: formatDate(suggestions.to, language),
        })}
      </Text>
      <Title order={5}>{t('requests.assign.candidates')}</Title>
      <ScrollArea.Autosize mah={250} type="auto" offsetScrollbars>
        <CandidateList
          candidates={suggestions.candidates}
          limit={10}
          action={(c) =>
            chosen.includes(c.personId) ? (
              <Text size="xs" c="teal" fw={600}>
                {t('requests.assign.picked')}
              </Text>
            ) : (
              <Button size="compact-xs" variant="light" onClick={() => pick(c.personId)} data-testid="assign-pick">
                {t('requests.assign.pick')}
              </Button>
            )
          }
        />
      </ScrollArea.Autosize>
      <SimpleGrid cols={2} spacing="lg">
        <Stack gap={6}>
          <Title order={5}>{t('requests.assign.split')}</Title>
          <Text size="xs" c="dimmed">
            {t('requests.assign.splitHint')}
          </Text>
          <SplitEditor lines={lines} onChange={setLines} weeks={weeks} estimate={request.estimatedHours} />
        </Stack>
        <Stack gap={6}>
          <Title order={5}>{t('requests.assign.preview')}</Title>
          <Table verticalSpacing={4} data-testid="assign-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requests.assign.person')}</Table.Th>
                <Table.Th>{t('requests.assign.week')}</Table.Th>
                <Table.Th ta="right">{t('requests.assign.before')}</Table.Th>
                <Table.Th ta="right">{t('requests.assign.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.map((line) => (
                <Table.Tr
                  key={`${line.personId}/${line.week}`}
                  data-testid="assign-preview-line"
                  data-person-id={line.personId}
                  data-week={line.week}
                  data-before={line.before}
                  data-after={line.after}
                >
                  <Table.Td>{names.get(line.personId) ?? line.personId}</Table.Td>
                  <Table.Td>{t('requests.weekShort', { week: Number(line.week.slice(6)) })}</Table.Td>
                  <Table.Td ta="right">{h(line.before)}</Table.Td>
                  <Table.Td
                    ta="right"
                    fw={600}
                    c={line.after < 0 ? 'red.8' : line.after < line.before ? 'teal.9' : undefined}
                  >
                    {h(line.after)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SimpleGrid>
      {warnings.element}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={confirm} disabled={!ready} data-testid="assign-confirm">
          {t('requests.assign.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
