import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useIntent } from '../../app/intents.ts';
import { useTranslation } from 'react-i18next';
import { shiftMonth, type Period } from '../../../../shared/dashboard/index.ts';
import { formatMonth } from '../../../../shared/format.ts';
import { isDesktopApp } from '../../api/choose-api.ts';
import { useCall, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { downloadFiles } from '../../components/file-transfer.ts';
import { reportHash } from './report-hash.ts';
import { MonthCommentary } from './MonthCommentary.tsx';
import { MonthClosing } from './MonthClosing.tsx';
import { MonthRangeFields } from './MonthRangeFields.tsx';

type Format = 'pdf' | 'xlsx' | 'csv';

const RANGE = 'range';

/**
 * Month (or range) picker and the three export buttons of the monthly overview for the directors.
 * A range chosen on the dashboard above becomes the panel's range, so what is shown is what is exported.
 */
export function MonthlyOverviewPanel({ dashboardPeriod }: { dashboardPeriod: Period }) {
  const { t } = useTranslation();
  const call = useCall();
  const language = useLanguage();
  const { today, workspace } = useSnapshot();
  const current = today.slice(0, 7);
  // Last month by default: the most recent month with realised figures.
  const [month, setMonth] = useState(shiftMonth(current, -1));
  // A range of whole months; null while one month is chosen.
  const [range, setRange] = useState<{ first: string; last: string } | null>(null);
  const [followed, setFollowed] = useState(dashboardPeriod);
  if (followed !== dashboardPeriod) {
    setFollowed(dashboardPeriod);
    if (dashboardPeriod.kind === 'range')
      setRange({ first: dashboardPeriod.first, last: dashboardPeriod.last ?? dashboardPeriod.first });
  }
  const first = range?.first ?? month;
  const last = range?.last ?? month;
  const [personId, setPersonId] = useState<string | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  const monthField = useRef<HTMLInputElement>(null);
  // The palette's "export a month" lands here, with the month to choose under the cursor.
  useIntent(['exportMonth'], () => {
    monthField.current?.scrollIntoView({ block: 'center' });
    monthField.current?.focus();
  });
  const months = [
    { value: RANGE, label: t('value.period.range') },
    ...Array.from({ length: 25 }, (_, i) => shiftMonth(current, -i)).map((m) => ({
      value: m,
      label: formatMonth(m, language, 'long'),
    })),
  ];
  const people = workspace.people.map((p) => ({ value: p.id, label: p.name }));
  // Only the desktop app can print to a PDF file; the browser gets the print page and its own dialog.
  const desktop = isDesktopApp();

  // "Periode kiezen…" starts from the three months up to the chosen one.
  const choose = (value: string | null) => {
    if (value === RANGE) setRange({ first: shiftMonth(month, -2), last: month });
    else if (value) {
      setRange(null);
      setMonth(value);
    }
  };

  // A plain window.open keeps the opener, so the new tab inherits this tab's session (and its token).
  const openReport = (print: boolean) => window.open(reportHash(first, last, personId, print), '_blank');

  const run = async (format: Format) => {
    if (format === 'pdf' && !desktop) {
      openReport(true);
      return;
    }
    setBusy(format);
    const exported = await call(
      (api) =>
        api.exportMonthlyOverview({
          month: first,
          ...(last !== first ? { lastMonth: last } : {}),
          format,
          ...(personId ? { personId } : {}),
        }),
      t('report.panel.failed'),
    );
    setBusy(null);
    if (!exported.ok) return;
    downloadFiles(exported.value.files);
    notifications.show({
      color: 'teal',
      title: t('report.panel.exported'),
      message: exported.value.files.map((f) => f.name).join(', '),
    });
  };

  return (
    <Paper withBorder p="md" data-testid="monthly-overview-panel">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('report.panel.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('report.panel.intro')}
          </Text>
        </div>
        <Group align="flex-end" gap="sm">
          <Select
            ref={monthField}
            label={t('report.panel.month')}
            data={months}
            value={range ? RANGE : month}
            onChange={choose}
            allowDeselect={false}
            w={200}
            data-testid="overview-month"
          />
          {range && (
            <MonthRangeFields
              first={range.first}
              last={range.last}
              onChange={(f, l) => setRange({ first: f, last: l })}
              around={current}
              testId="overview-range"
            />
          )}
          <Select
            label={t('report.panel.person')}
            placeholder={t('report.panel.everyone')}
            data={people}
            value={personId}
            onChange={setPersonId}
            clearable
            searchable
            w={240}
            data-testid="overview-person"
          />
          {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
            <Button
              key={format}
              loading={busy === format}
              disabled={busy !== null && busy !== format}
              onClick={() => void run(format)}
              data-testid={`export-${format}`}
            >
              {t(`report.panel.${format}`)}
            </Button>
          ))}
          {!desktop && (
            <Button variant="default" onClick={() => openReport(false)} data-testid="open-report">
              {t('report.panel.open')}
            </Button>
          )}
        </Group>
        {/* Commentary and closing belong to one month; a range has neither. */}
        {!range && <MonthCommentary key={month} month={month} />}
        {!range && <MonthClosing month={month} />}
      </Stack>
    </Paper>
  );
}
