import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekDays } from '../../../shared/capacity/index.ts';
import { formatDate, formatHours } from '../../../shared/format.ts';
import { warningRuns, type WarningRun, type WeekWarning } from '../../../shared/planning/overbooking.ts';
import { roundHalfAway } from '../../../shared/rounding.ts';
import { useLanguage } from '../state/use-command.ts';
import { useSnapshot } from '../state/workspace-state.tsx';

/** The warning itself: one line per person and run of weeks, then save anyway or go back. */
export function WeekWarnings({
  warnings,
  onProceed,
  onBack,
}: {
  warnings: readonly WeekWarning[];
  onProceed: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const names = new Map(workspace.people.map((p) => [p.id, p.name]));
  const weeksOf = (run: WarningRun) => {
    const date = formatDate(weekDays(run.first)[0]!, language);
    const number = (week: string) => Number(week.slice(6));
    return run.weeks === 1
      ? t('weekWarnings.oneWeek', { week: number(run.first), date })
      : t('weekWarnings.manyWeeks', { first: number(run.first), last: number(run.last), date, count: run.weeks });
  };
  return (
    // The text colour for the title and a dark red button: orange on its light background is too faint (axe).
    <Alert
      color="orange"
      title={t('weekWarnings.title')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="week-warnings"
    >
      <Text size="sm" mb={4}>
        {t('weekWarnings.intro')}
      </Text>
      <List size="sm" spacing={2} mb="sm">
        {warningRuns(warnings).map((run) => (
          <List.Item
            key={`${run.kind}/${run.personId}/${run.first}`}
            data-testid="week-warning"
            data-kind={run.kind}
            data-first={run.first}
            data-weeks={run.weeks}
          >
            {t(`weekWarnings.${run.kind}`, {
              name: names.get(run.personId) ?? run.personId,
              weeks: weeksOf(run),
              lowest: formatHours(roundHalfAway(run.lowest, 1), language),
            })}
          </List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button size="xs" color="red.9" onClick={onProceed} data-testid="week-warnings-proceed">
          {t('weekWarnings.proceed')}
        </Button>
        <Button size="xs" variant="default" onClick={onBack} data-testid="week-warnings-back">
          {t('weekWarnings.back')}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * Holds a save back while it has warnings: `attempt` runs the save at once when nothing is wrong,
 * else shows the warnings until the lead saves anyway or goes back.
 */
export function useWeekWarnings() {
  const [pending, setPending] = useState<{ warnings: readonly WeekWarning[]; save: () => unknown } | null>(null);
  return {
    attempt: (warnings: readonly WeekWarning[], save: () => unknown) => {
      if (warnings.length === 0) void save();
      else setPending({ warnings, save });
    },
    element: pending && (
      <WeekWarnings
        warnings={pending.warnings}
        onProceed={() => {
          setPending(null);
          void pending.save();
        }}
        onBack={() => setPending(null)}
      />
    ),
  };
}
