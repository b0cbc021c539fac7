import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../../shared/format.ts';
import { roundHalfAway } from '../../../shared/rounding.ts';
import type { Candidate } from '../../../shared/planning/who-is-free.ts';
import { useLanguage } from '../state/use-command.ts';
import { useSnapshot } from '../state/workspace-state.tsx';
import { useSkillLabel } from './skill-options.ts';

type Props = {
  candidates: readonly Candidate[];
  limit?: number;
  /** A control at the end of each line, such as "Choose" in the assign view. */
  action?: (candidate: Candidate, rank: number) => ReactNode;
};

/** The ranked "Who is free?" list, each person with the reasons for their place: spare hours, skills, history. */
export function CandidateList({ candidates, limit = 15, action }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSnapshot();
  const skillLabel = useSkillLabel();
  const name = (id: string) => workspace.people.find((p) => p.id === id)?.name ?? id;
  return (
    <Stack gap={6} data-testid="free-results">
      {candidates.slice(0, limit).map((c, i) => (
        <Paper key={c.personId} withBorder p="xs" data-testid="free-candidate" data-person-id={c.personId}>
          <Group justify="space-between">
            <Group gap="sm">
              <Text fw={600} w={24}>
                {i + 1}.
              </Text>
              <Text fw={500}>{name(c.personId)}</Text>
              <Badge color={c.fits ? 'teal' : 'orange'} variant="light" tt="none">
                {t('capacity.free.spare', { hours: formatHours(roundHalfAway(c.spare, 1), language) })} ·{' '}
                {c.fits ? t('capacity.free.fits') : t('capacity.free.tooLittle')}
              </Badge>
            </Group>
            <Group gap={6}>
              {c.matchedSkills.length > 0 && (
                <Text size="xs" c="teal">
                  {t('capacity.free.hasSkills', { skills: c.matchedSkills.map(skillLabel).join(', ') })}
                </Text>
              )}
              {c.missingSkills.length > 0 && (
                <Text size="xs" c="red">
                  {t('capacity.free.missing', { skills: c.missingSkills.map(skillLabel).join(', ') })}
                </Text>
              )}
              {c.helpedBefore > 0 && (
                <Text size="xs" c="blue">
                  {t('capacity.free.helped', { count: c.helpedBefore })}
                </Text>
              )}
              {action?.(c, i)}
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
