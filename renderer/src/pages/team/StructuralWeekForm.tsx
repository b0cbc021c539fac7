import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../../../shared/format.ts';
import type { StructuralSupport } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { comingWeekOptions, escapeCancels, validatePlanning, weekLabel } from './planning-form-model.ts';
import { structuralWeekSchema, type StructuralWeekValues } from './structural-model.ts';
import { decimalSeparator } from '../../forms/decimal-separator.ts';

/** Structural support repeats weekly; this changes or skips one week and leaves every other week alone. */
export function StructuralWeekForm({ line, onDone }: { line: StructuralSupport; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useSnapshot();
  const run = useCommand();
  const weeks = comingWeekOptions(today, line, language, t);
  const form = useForm<StructuralWeekValues>({
    mode: 'controlled',
    initialValues: { week: weeks[0]?.value ?? null, hours: 0 },
    validate: validatePlanning<StructuralWeekValues>(structuralWeekSchema, t, (values) => values),
  });
  const hours = (h: number) =>
    h === 0 ? t('team.week.skipped') : t('team.hoursUnit', { hours: formatHours(h, language) });

  const submit = form.onSubmit(async (values) => {
    const { week, hours: weekHours } = structuralWeekSchema.parse(values);
    const failure = await run((api) => api.setStructuralWeek({ id: line.id, week, hours: weekHours }));
    if (failure?.field) form.setFieldError(failure.field, failure.message);
  });

  const restore = (week: string) => void run((api) => api.setStructuralWeek({ id: line.id, week, hours: null }));

  return (
    <Paper withBorder p="md" mb="md" onKeyDown={escapeCancels(onDone)} data-testid="structural-week-panel">
      <Stack gap="sm">
        <Text fw={600}>{t('team.week.title', { supported: line.supported })}</Text>
        <Text size="sm" c="dimmed">
          {t('team.week.intro', { hours: formatHours(line.hoursPerWeek, language) })}
        </Text>
        {weeks.length === 0 ? (
          <Text size="sm" data-testid="structural-week-none">
            {t('team.week.noWeeks')}
          </Text>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate data-testid="structural-week-form">
            <Group align="flex-start" gap="sm" wrap="nowrap">
              <Select
                label={t('team.week.week')}
                data={weeks}
                allowDeselect={false}
                maxDropdownHeight={240}
                style={{ flex: 1 }}
                data-testid="structural-week-select"
                {...form.getInputProps('week')}
                onChange={(week) => {
                  form.setFieldValue('week', week);
                  const existing = line.exceptions.find((e) => e.week === week);
                  if (existing) form.setFieldValue('hours', existing.hours);
                }}
              />
              <NumberInput
                label={t('team.week.hours')}
                min={0}
                max={80}
                step={0.25}
                decimalScale={2}
                hideControls
                decimalSeparator={decimalSeparator(language)}
                w={140}
                autoFocus
                data-testid="structural-week-hours"
                {...form.getInputProps('hours')}
              />
              <Button type="submit" mt={25} style={{ flexShrink: 0 }} data-testid="structural-week-save">
                {t('team.week.save')}
              </Button>
            </Group>
          </form>
        )}
        <Text size="sm" fw={500} mt="xs">
          {t('team.week.exceptions')}
        </Text>
        {line.exceptions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="structural-exceptions-empty">
            {t('team.week.noExceptions', { hours: formatHours(line.hoursPerWeek, language) })}
          </Text>
        ) : (
          <Table verticalSpacing={4} data-testid="structural-exceptions">
            <Table.Tbody>
              {line.exceptions.map((exception) => (
                <Table.Tr key={exception.week} data-testid="structural-exception" data-week={exception.week}>
                  <Table.Td>{weekLabel(exception.week, language, t)}</Table.Td>
                  <Table.Td>{hours(exception.hours)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => restore(exception.week)}
                      data-testid="structural-exception-restore"
                    >
                      {t('team.week.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} data-testid="structural-week-close">
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
