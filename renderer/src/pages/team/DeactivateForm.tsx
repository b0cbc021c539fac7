import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas/index.ts';
import { DateField } from '../../components/DateField.tsx';
import { useCommand } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';

export function DeactivateForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const run = useCommand();
  const [to, setTo] = useState<string | null>(snapshot.today);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!to) return setError(t('errors.invalidDate'));
    const failure = await run((api) => api.deactivatePerson({ id: person.id, to }));
    if (failure) setError(failure.message);
    else onDone();
  };
  return (
    <Stack>
      <DateField
        label={t('team.lastDay')}
        value={to}
        onChange={setTo}
        error={error}
        data-autofocus
        data-testid="deactivate-date"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => void submit()} data-testid="deactivate-confirm">
          {t('team.deactivate')}
        </Button>
      </Group>
    </Stack>
  );
}
