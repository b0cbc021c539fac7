import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth } from '../../../../shared/format.ts';
import { contractEnd, correctSchedule, weeklyHours } from '../../../../shared/people.ts';
import {
  weekdayHoursSchema,
  weekdayKeys,
  type Contract,
  type Person,
  type WeekdayHours,
} from '../../../../shared/schemas/index.ts';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { ACCESSIBLE_TEAL } from '../../app/theme.ts';
import { scheduleWarnings } from '../../../../shared/planning/overbooking.ts';
import { useWeekWarnings } from '../../components/WeekWarnings.tsx';

const hoursSchema = weekdayHoursSchema.refine((h) => weeklyHours(h) > 0, 'errors.noHours');

/**
 * Correcting an existing schedule: an explicit action beside the schedule, which names the closed
 * months whose figures it changes and asks to confirm before it saves.
 */
export function ScheduleCorrection({
  person,
  contract,
  onDone,
}: {
  person: Person;
  contract: Contract;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const run = useCommand();
  const warnings = useWeekWarnings();
  const form = useForm<WeekdayHours>({ initialValues: contract.hours, validate: zodValidate(hoursSchema, t) });
  const end = contractEnd(person.contracts, contract.from);
  const date = (iso: string) => formatDate(iso, language);
  const period = end
    ? t('team.schedule.period', { from: date(contract.from), to: date(end) })
    : t('team.schedule.untilNow', { from: date(contract.from) });
  const lastMonth = end?.slice(0, 7) ?? '9999-12';
  const closed = workspace.closedMonths
    .filter((c) => c.closed && c.id >= contract.from.slice(0, 7) && c.id <= lastMonth)
    .map((c) => formatMonth(c.id, language, 'long'));
  const closedText =
    closed.length > 0 ? t('team.schedule.closedMonths', { months: closed.join(', ') }) : t('team.schedule.noClosed');

  const save = form.onSubmit((hours) => {
    const corrected = { ...person, contracts: correctSchedule(person.contracts, contract.from, hours) };
    warnings.attempt(scheduleWarnings(workspace, corrected, contract.from, today), async () => {
      if (!window.confirm(t('team.schedule.confirmCorrect', { date: date(contract.from), closed: closedText }))) return;
      const failure = await run((api) => api.updatePerson(corrected));
      if (!failure) onDone();
    });
  });

  return (
    // Gray 7 for the hint: Mantine's dimmed gray is below 4.5:1 on white.
    <Paper
      withBorder
      p="sm"
      mt="sm"
      data-testid="schedule-correction"
      style={{ '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' } as CSSProperties}
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack gap="xs">
          <Title order={5}>{t('team.schedule.correctTitle', { date: date(contract.from) })}</Title>
          <Text size="sm" c="dimmed">
            {t('team.schedule.correctIntro', { period })}
          </Text>
          <Alert color={closed.length > 0 ? 'orange' : 'gray'} data-testid="schedule-correction-closed">
            {closedText}
          </Alert>
          <SimpleGrid cols={7} spacing="xs">
            {weekdayKeys.map((day) => (
              <NumberInput
                key={day}
                label={t(`weekdays.${day}`)}
                min={0}
                max={24}
                step={0.25}
                decimalScale={2}
                decimalSeparator={language === 'nl' ? ',' : '.'}
                hideControls
                data-testid={`correct-hours-${day}`}
                {...form.getInputProps(day)}
              />
            ))}
          </SimpleGrid>
          {warnings.element ?? (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onDone}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color={ACCESSIBLE_TEAL} data-testid="schedule-correction-save">
                {t('team.schedule.saveCorrection')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
