import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverRun } from '../../../../shared/planning/cover-runs.ts';
import { coverDismissReasonSchema, type CoverDismissReason } from '../../../../shared/schemas/index.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { useCommand } from '../../state/use-command.ts';
import { runWeeks } from './cover-labels.ts';

/** Sets a manager's gap aside for the run's weeks, with a reason the lead can read back later. */
export function CoverDismiss({ run, onClose }: { run: CoverRun; onClose: () => void }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [reason, setReason] = useState<CoverDismissReason>('managerAway');
  const [note, setNote] = useState('');

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const failure = await command((api) =>
      api.dismissCover({ supported: run.supported, from: run.weeks[0]!, to: run.weeks.at(-1)!, reason, note }),
    );
    if (!failure) onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('capacity.coverage.dismissTitle', { manager: run.supported, weeks: runWeeks(run, t) })}
    >
      <form onSubmit={(e) => void save(e)} data-testid="cover-dismiss-form">
        <Stack gap="sm">
          <Select
            label={t('capacity.coverage.dismissReason')}
            data={coverDismissReasonSchema.options.map((r) => ({
              value: r,
              label: t(`capacity.coverage.dismissReasons.${r}`),
            }))}
            value={reason}
            onChange={(v) => v && setReason(v as CoverDismissReason)}
            allowDeselect={false}
            data-testid="cover-dismiss-reason"
          />
          <Textarea
            label={t('capacity.coverage.dismissNote')}
            maxLength={300}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="cover-dismiss-note"
          />
          <FormActions onCancel={onClose} testId="cover-dismiss-save" label={t('capacity.coverage.dismiss')} />
        </Stack>
      </form>
    </Modal>
  );
}
