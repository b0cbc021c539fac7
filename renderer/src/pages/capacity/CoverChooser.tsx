import { Alert, Badge, Checkbox, Group, Modal, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  weeklyNeed,
  type CoverCandidate,
  type CoverRun,
  type CoverShare,
} from '../../../../shared/planning/cover-runs.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { hoursInputProps } from '../../forms/decimal-separator.ts';
import { hoursText, runWeeks, spareText } from './cover-labels.ts';

type Props = {
  run: CoverRun;
  candidates: readonly CoverCandidate[];
  proposal: CoverShare[] | null;
  name: (id: string) => string;
  onClose: () => void;
};

const MAX_COVERS = 2;

/** Another backup, or the hours split over two: every candidate with their spare hours in each week of the run. */
export function CoverChooser({ run, candidates, proposal, name, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const command = useCommand();
  const need = weeklyNeed(run);
  const [chosen, setChosen] = useState<CoverShare[]>(proposal ?? []);
  const weeks = runWeeks(run, t);
  const total = chosen.reduce((sum, c) => sum + c.hours, 0);

  const toggle = (candidate: CoverCandidate, on: boolean) => {
    if (!on) return setChosen((list) => list.filter((c) => c.personId !== candidate.personId));
    // A second person takes what the first leaves open, up to their own room.
    const open = Math.max(0.25, need - total);
    setChosen((list) => [
      ...list,
      { personId: candidate.personId, hours: Math.min(open, Math.floor(candidate.minSpare * 4) / 4 || 0.25) },
    ]);
  };
  const setHours = (personId: string, hours: number) =>
    setChosen((list) => list.map((c) => (c.personId === personId ? { ...c, hours } : c)));

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const covers = chosen.filter((c) => c.hours > 0);
    if (covers.length === 0) return;
    const failure = await command((api) =>
      api.acceptCover({ structuralId: run.structuralId, from: run.weeks[0]!, to: run.weeks.at(-1)!, covers }),
    );
    if (!failure) {
      notifications.show({
        color: 'teal',
        message: t('capacity.coverage.accepted', { manager: run.supported, weeks }),
      });
      onClose();
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('capacity.coverage.chooseTitle', { manager: run.supported, weeks })}
    >
      <form onSubmit={(e) => void save(e)} data-testid="cover-chooser">
        <Stack gap="sm">
          <Text size="sm">{t('capacity.coverage.chooseIntro', { hours: hoursText(need, language) })}</Text>
          {candidates.length === 0 && (
            <Alert color="orange" variant="light">
              {t('capacity.coverage.noCandidates')}
            </Alert>
          )}
          {candidates.map((candidate) => {
            const share = chosen.find((c) => c.personId === candidate.personId);
            const full = !share && chosen.length >= MAX_COVERS;
            return (
              <Paper
                key={candidate.personId}
                withBorder
                p="xs"
                data-testid="cover-candidate"
                data-person-id={candidate.personId}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Checkbox
                        label={name(candidate.personId)}
                        checked={share !== undefined}
                        disabled={full}
                        onChange={(e) => toggle(candidate, e.currentTarget.checked)}
                        data-testid="cover-candidate-pick"
                      />
                      {candidate.isBackup && (
                        <Badge variant="light" tt="none">
                          {t('capacity.coverage.backup')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" data-testid="cover-candidate-spare">
                      {t('capacity.coverage.spareWeeks', { weeks: spareText(run, candidate.spare, t, language) })}
                    </Text>
                  </Stack>
                  {share && (
                    <NumberInput
                      aria-label={t('capacity.coverage.coverHours', { name: name(candidate.personId) })}
                      {...hoursInputProps(language)}
                      min={0.25}
                      max={80}
                      w={90}
                      value={share.hours}
                      onChange={(v) =>
                        setHours(
                          candidate.personId,
                          typeof v === 'number' ? v : Number(String(v).replace(',', '.')) || 0,
                        )
                      }
                      data-testid="cover-candidate-hours"
                    />
                  )}
                </Group>
              </Paper>
            );
          })}
          <Text size="sm" fw={500} c={total >= need ? 'teal' : 'orange'} data-testid="cover-total">
            {chosen.length === 0
              ? t('capacity.coverage.pickOneOrTwo')
              : t('capacity.coverage.total', { hours: hoursText(total, language), need: hoursText(need, language) })}
          </Text>
          <FormActions onCancel={onClose} testId="cover-save" label={t('capacity.coverage.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
