import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../../../shared/format.ts';
import { totalHours } from '../../../../shared/requests/index.ts';
import type { IsoWeek } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { lineOf, validHours, validLine, type SplitLine } from './assign-model.ts';
import { weekOptions } from './week-options.ts';
import { hasNotLeftBy } from '../../../../shared/people.ts';

type Props = { lines: SplitLine[]; onChange: (lines: SplitLine[]) => void; weeks: IsoWeek[]; estimate: number };

/** Person × week × hours lines: the split of a request over people and weeks, with the total against the estimate. */
export function SplitEditor({ lines, onChange, weeks, estimate }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const people = workspace.people.filter((p) => hasNotLeftBy(p, today)).map((p) => ({ value: p.id, label: p.name }));
  const options = weekOptions(weeks, language, t);
  const update = (key: number, patch: Partial<SplitLine>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const planned = totalHours(lines.filter(validLine));
  const separator = language === 'nl' ? ',' : '.';

  return (
    <Stack gap={6} data-testid="assign-split">
      {lines.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('requests.assign.noRows')}
        </Text>
      )}
      {lines.map((line) => (
        <Group
          key={line.key}
          gap="xs"
          wrap="nowrap"
          data-testid="assign-line"
          data-person-id={line.personId ?? ''}
          data-week={line.week ?? ''}
        >
          <Select
            size="xs"
            aria-label={t('requests.assign.person')}
            placeholder={t('requests.assign.person')}
            data={people}
            value={line.personId}
            onChange={(personId) => update(line.key, { personId })}
            searchable
            style={{ flex: 2 }}
            data-testid="assign-line-person"
          />
          <Select
            size="xs"
            aria-label={t('requests.assign.week')}
            placeholder={t('requests.assign.week')}
            data={options}
            value={line.week}
            onChange={(week) => update(line.key, { week })}
            style={{ flex: 2 }}
            data-testid="assign-line-week"
          />
          <NumberInput
            size="xs"
            aria-label={t('requests.assign.hours')}
            value={line.hours}
            onChange={(hours) => update(line.key, { hours })}
            min={0}
            step={0.25}
            decimalScale={2}
            decimalSeparator={separator}
            w={90}
            error={line.hours !== '' && !validHours(line.hours)}
            data-testid="assign-line-hours"
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('requests.assign.remove')}
            onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
            data-testid="assign-line-remove"
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onChange([...lines, lineOf({ week: weeks[0] })])}
          data-testid="assign-add-line"
        >
          + {t('requests.assign.addRow')}
        </Button>
        <Text
          size="sm"
          c={planned === estimate ? 'teal.8' : 'orange.8'}
          fw={500}
          data-testid="assign-total"
          data-planned={planned}
        >
          {t('requests.assign.total', {
            planned: formatHours(planned, language),
            estimate: formatHours(estimate, language),
          })}
        </Text>
      </Group>
    </Stack>
  );
}
