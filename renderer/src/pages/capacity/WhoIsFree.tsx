import { Button, Group, MultiSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { spareInWindowForAll, weekDays, weekKey } from '../../../../shared/capacity/index.ts';
import { rankCandidates, type Candidate } from '../../../../shared/planning/who-is-free.ts';
import { DateField } from '../../components/DateField.tsx';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { useSkillOptions } from '../../components/skill-options.ts';
import { CandidateList } from '../../components/CandidateList.tsx';

export function WhoIsFree() {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const skillOptions = useSkillOptions();
  const days = weekDays(weekKey(snapshot.today));
  const [hours, setHours] = useState<number | string>(8);
  const [from, setFrom] = useState<string | null>(snapshot.today);
  const [to, setTo] = useState<string | null>(days[4]! < snapshot.today ? snapshot.today : days[4]!);
  const [skills, setSkills] = useState<string[]>([]);
  const [requester, setRequester] = useState('');
  const [results, setResults] = useState<Candidate[] | null>(null);
  const { workspace } = snapshot;

  const search = () => {
    if (!from || !to || typeof hours !== 'number') return setResults(null);
    const spare = spareInWindowForAll(workspace, from, to);
    setResults(
      rankCandidates(workspace.people, spare, workspace.requests, {
        hours,
        from,
        to,
        skills,
        requesterName: requester,
      }),
    );
  };

  return (
    <Stack gap="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
        data-testid="free-form"
      >
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('capacity.free.hours')}
            value={hours}
            onChange={setHours}
            min={0.25}
            step={0.25}
            decimalScale={2}
            w={130}
            decimalSeparator={language === 'nl' ? ',' : '.'}
            data-testid="free-hours"
          />
          <DateField label={t('capacity.free.from')} value={from} onChange={setFrom} w={150} data-testid="free-from" />
          <DateField label={t('capacity.free.to')} value={to} onChange={setTo} w={150} data-testid="free-to" />
          <MultiSelect
            label={t('capacity.free.skills')}
            data={skillOptions}
            value={skills}
            onChange={setSkills}
            searchable
            w={260}
            data-testid="free-skills"
          />
          <TextInput
            label={t('capacity.free.requester')}
            value={requester}
            onChange={(e) => setRequester(e.currentTarget.value)}
            w={200}
          />
          <Button type="submit" data-testid="free-search">
            {t('capacity.free.search')}
          </Button>
        </Group>
      </form>
      {results === null ? <Text c="dimmed">{t('capacity.free.empty')}</Text> : <CandidateList candidates={results} />}
    </Stack>
  );
}
