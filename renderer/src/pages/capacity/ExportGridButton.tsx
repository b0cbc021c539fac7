import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFiles } from '../../components/file-transfer.ts';
import { useCall } from '../../state/use-command.ts';
import type { CapacityView } from './use-capacity-view.ts';

/** The grid as shown (its weeks, the people filtered and sorted as on screen) as an XLSX in the grid's colours. */
export function ExportGridButton({ view, includeProposed }: { view: CapacityView; includeProposed: boolean }) {
  const { t } = useTranslation();
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const exported = await call(
      (api) =>
        api.exportCapacityGrid({
          firstWeek: view.weeks[0]!,
          weeks: view.weeks.length,
          personIds: view.rows.map((row) => row.personId),
          includeProposed,
        }),
      t('capacity.exportFailed'),
    );
    setBusy(false);
    if (!exported.ok) return;
    downloadFiles(exported.value.files);
    notifications.show({
      color: 'teal',
      title: t('capacity.exported'),
      message: exported.value.files.map((f) => f.name).join(', '),
    });
  };
  return (
    <Button size="xs" variant="default" loading={busy} onClick={() => void run()} data-testid="capacity-export-xlsx">
      {t('capacity.exportXlsx')}
    </Button>
  );
}
