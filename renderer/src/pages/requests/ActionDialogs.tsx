import { Button, Checkbox, Chip, Group, NumberInput, Rating, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyAction, totalHours, type RequestAction } from '../../../../shared/requests/index.ts';
import type { SupportRequest } from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { comingWeeks, weekOptions } from './week-options.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { hoursInputProps } from '../../forms/decimal-separator.ts';

/** `mail`: the lead asked to write the requester next; the page then opens the mail draft. */
type Props = { request: SupportRequest; onDone: (next?: { mail: boolean }) => void };
// Keyed by the field a rule or the API names, such as `reason` or `week`.
type Errors = Partial<Record<string, string>>;

/** Checks the action with the same rule the main process applies, then sends it; errors land on their field. */
function useRuledCommand(request: SupportRequest, onDone: Props['onDone']) {
  const { t } = useTranslation();
  const { today } = useSnapshot();
  const run = useCommand();
  const [errors, setErrors] = useState<Errors>({});
  // The answer only reaches the requester by mail; offering the draft right away closes that loop.
  const [mail, setMail] = useState(true);
  const submit = async (action: RequestAction, send: Parameters<typeof run>[0]) => {
    const result = applyAction(request, action, today);
    if (!result.ok) return setErrors({ [result.violation.field]: t(`requests.rules.${result.violation.rule}`) });
    const failure = await run(send);
    if (!failure) onDone({ mail });
    else if (failure.field) setErrors({ [failure.field]: failure.message });
  };
  const mailToggle = (
    <Checkbox
      label={t('requests.mailAfterwards')}
      checked={mail}
      onChange={(e) => setMail(e.currentTarget.checked)}
      data-testid="mail-afterwards"
    />
  );
  return { errors, submit, mailToggle };
}

/** The most used earlier reasons for this kind of answer: saying no the same way twice should be one click. */
function useRecentReasons(status: 'declined' | 'deferred'): string[] {
  const { workspace } = useSnapshot();
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of workspace.requests)
      if (r.status === status && r.reason) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([reason]) => reason);
  }, [workspace.requests, status]);
}

export function ReasonDialog({ request, onDone, kind }: Props & { kind: 'decline' | 'defer' }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useSnapshot();
  const weeks = comingWeeks(today);
  const [week, setWeek] = useState<string | null>(weeks[0] ?? null);
  const [reason, setReason] = useState('');
  const recent = useRecentReasons(kind === 'decline' ? 'declined' : 'deferred');
  const { errors, submit, mailToggle } = useRuledCommand(request, onDone);
  const send = () =>
    kind === 'decline'
      ? submit({ kind, reason }, (api) => api.declineRequest({ id: request.id, reason }))
      : submit({ kind, week, reason }, (api) => api.deferRequest({ id: request.id, week, reason }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      noValidate
      data-testid={`${kind}-form`}
    >
      <Stack gap="sm">
        {kind === 'defer' && (
          <Select
            label={t('requests.defer.week')}
            data={weekOptions(weeks, language, t)}
            value={week}
            onChange={setWeek}
            allowDeselect={false}
            error={errors.week}
            withAsterisk
            data-testid="defer-week"
          />
        )}
        <TextInput
          label={t(`requests.${kind}.reason`)}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason ?? errors.status}
          withAsterisk
          data-autofocus
          data-testid={`${kind}-reason`}
        />
        {recent.length > 0 && (
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {t('requests.recentReasons')}
            </Text>
            {recent.map((r) => (
              <Chip key={r} size="xs" checked={reason === r} onChange={() => setReason(r)} variant="outline">
                {r}
              </Chip>
            ))}
          </Group>
        )}
        {mailToggle}
        <FormActions
          onCancel={() => onDone()}
          testId={`${kind}-confirm`}
          label={t(`requests.${kind}.confirm`)}
          color={kind === 'decline' ? 'red' : undefined}
        />
      </Stack>
    </form>
  );
}

export function CompleteDialog({ request, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const planned = totalHours(request.assignments);
  const [hours, setHours] = useState<number | string>(planned > 0 ? planned : request.estimatedHours);
  const [satisfaction, setSatisfaction] = useState<number | null>(null);
  const { errors, submit, mailToggle } = useRuledCommand(request, onDone);
  const actualHours = typeof hours === 'number' ? hours : null;
  const send = () =>
    submit({ kind: 'complete', actualHours, satisfaction }, (api) =>
      api.completeRequest({ id: request.id, actualHours, satisfaction }),
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      noValidate
      data-testid="complete-form"
    >
      <Stack gap="sm">
        <NumberInput
          label={t('requests.complete.actualHours')}
          value={hours}
          onChange={setHours}
          {...hoursInputProps(language)}
          error={errors.actualHours ?? errors.status}
          withAsterisk
          data-autofocus
          w={200}
          data-testid="complete-hours"
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('requests.complete.satisfaction')}
          </Text>
          <Group gap="sm">
            <Rating
              value={satisfaction ?? 0}
              onChange={(v) => setSatisfaction(v || null)}
              size="lg"
              data-testid="complete-satisfaction"
            />
            {satisfaction !== null && (
              <Button size="compact-xs" variant="subtle" onClick={() => setSatisfaction(null)}>
                {t('requests.complete.clear')}
              </Button>
            )}
          </Group>
          {errors.satisfaction && (
            <Text size="xs" c="red">
              {errors.satisfaction}
            </Text>
          )}
        </div>
        {mailToggle}
        <FormActions onCancel={() => onDone()} testId="complete-confirm" label={t('requests.complete.confirm')} />
      </Stack>
    </form>
  );
}
