import {
  Alert,
  Button,
  Checkbox,
  Code,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { zodValidate } from '../../forms/zod-validate.ts';
import { useCall, useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot, useWorkspaceState } from '../../state/workspace-state.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { TeamWorkspaceCard } from '../../session/TeamWorkspaceCard.tsx';
import { EncryptionPanel } from '../../components/EncryptionStatus.tsx';
import { DateField } from '../../components/DateField.tsx';
import { formatMonth } from '../../../../shared/format.ts';
import {
  choosableHolidays,
  settingsFormSchema,
  settingsFromForm,
  settingsToForm,
  type SettingsFormValues,
} from './settings-form-model.ts';
import { SettingsHistory } from './SettingsHistory.tsx';
import { MailTemplatesPanel } from './MailTemplatesPanel.tsx';
import { DailyNoticePanel } from './DailyNoticePanel.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const snapshot = useSnapshot();
  const state = useWorkspaceState();
  const run = useCommand();
  const call = useCall();
  const settings = snapshot.workspace.settings;
  // A manual backup changes no workspace revision, so the list is told to read the folder again.
  const [backupsMade, setBackupsMade] = useState(0);
  const form = useForm<SettingsFormValues>({
    initialValues: settingsToForm(settings, snapshot.today),
    validate: zodValidate(settingsFormSchema, t),
  });
  const euro = {
    decimalScale: 2,
    fixedDecimalScale: true,
    min: 0,
    hideControls: true,
    decimalSeparator: language === 'nl' ? ',' : '.',
    thousandSeparator: language === 'nl' ? '.' : ',',
    prefix: '€ ',
  };

  const save = form.onSubmit(async (values) => {
    const failure = await run((api) =>
      api.updateSettings(settingsFromForm(settingsFormSchema.parse(values), settings)),
    );
    if (!failure) notifications.show({ color: 'teal', message: t('common.saved') });
  });
  // A change dated in a closed month leaves that month as reported and shows up there as a correction.
  const fromMonth = form.values.from?.slice(0, 7) ?? null;
  const closedAffected =
    fromMonth === null
      ? []
      : snapshot.workspace.closedMonths
          .filter((c) => c.closed && c.id >= fromMonth)
          .map((c) => formatMonth(c.id, language, 'long'));

  const backup = async () => {
    const made = await call((api) => api.backupNow({}));
    if (!made.ok) return;
    notifications.show({ color: 'teal', message: t('settings.backupMade', { file: made.value.file }) });
    setBackupsMade((n) => n + 1);
  };

  const purge = async () => {
    const purged = await call((api) => api.purgeOldLeave({}));
    if (!purged.ok) return;
    await state.receive(purged.value.update);
    notifications.show({ color: 'teal', message: t('settings.privacy.purged', { count: purged.value.removed }) });
  };

  return (
    <Stack maw={720}>
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={(event) => void save(event)} noValidate data-testid="settings-form">
          <Stack>
            <TextInput
              label={t('settings.organisation')}
              withAsterisk
              data-testid="settings-organisation"
              {...form.getInputProps('organisationName')}
            />
            {/* Hints in gray 7, not Mantine's dimmed gray, which is below 4.5:1 on the fieldset's background. */}
            <Fieldset
              legend={t('settings.dated.title')}
              data-testid="dated-settings"
              style={{ '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' } as CSSProperties}
            >
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('settings.dated.intro')}
                </Text>
                <DateField
                  label={t('settings.dated.from')}
                  description={t('settings.dated.fromHint')}
                  withAsterisk
                  w={220}
                  data-testid="settings-from"
                  {...form.getInputProps('from')}
                />
                {closedAffected.length > 0 && (
                  <Alert color="orange" data-testid="settings-closed-warning">
                    {t('settings.dated.closedWarning', { months: closedAffected.join(', ') })}
                  </Alert>
                )}
                <Group grow align="flex-start">
                  <NumberInput
                    label={t('settings.internalRate')}
                    description={t('settings.internalRateHint')}
                    data-testid="settings-internal-rate"
                    {...euro}
                    {...form.getInputProps('internalRate')}
                  />
                  <NumberInput
                    label={t('settings.shadowRate')}
                    description={t('settings.shadowRateHint')}
                    data-testid="settings-shadow-rate"
                    {...euro}
                    {...form.getInputProps('shadowRate')}
                  />
                </Group>
                <NumberInput
                  label={t('settings.target')}
                  description={t('settings.targetHint')}
                  data-testid="settings-target"
                  {...euro}
                  {...form.getInputProps('target')}
                />
                <Checkbox.Group
                  label={t('settings.dated.holidays')}
                  description={t('settings.dated.holidaysHint')}
                  data-testid="settings-holidays"
                  {...form.getInputProps('holidaysOff')}
                >
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} mt={6}>
                    {choosableHolidays.map((key) => (
                      <Checkbox
                        key={key}
                        value={key}
                        label={t(`settings.dated.holiday.${key}`)}
                        data-testid={`holiday-${key}`}
                      />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
                <Radio.Group
                  label={t('settings.dated.liberationDay')}
                  data-testid="settings-liberation"
                  {...form.getInputProps('liberationDay')}
                >
                  <Group mt={6}>
                    {(['always', 'lustrum', 'never'] as const).map((rule) => (
                      <Radio
                        key={rule}
                        value={rule}
                        label={t(`settings.dated.liberationRule.${rule}`)}
                        data-testid={`liberation-${rule}`}
                      />
                    ))}
                  </Group>
                </Radio.Group>
                <SettingsHistory settings={settings} />
              </Stack>
            </Fieldset>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('settings.csvSeparator')}
              </Text>
              <SegmentedControl
                data={[
                  { value: ';', label: ';' },
                  { value: ',', label: ',' },
                ]}
                {...form.getInputProps('csvSeparator')}
              />
            </div>
            <Group align="flex-end">
              <NumberInput
                label={t('settings.privacy.retention')}
                description={t('settings.privacy.retentionHint')}
                min={1}
                max={120}
                allowDecimal={false}
                w={340}
                data-testid="settings-retention"
                {...form.getInputProps('leaveRetentionMonths')}
              />
              <Button variant="default" onClick={() => void purge()} data-testid="purge-leave">
                {t('settings.privacy.purgeNow')}
              </Button>
            </Group>
            <Group justify="flex-end">
              <Button type="submit" data-testid="settings-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <MailTemplatesPanel />
      <DailyNoticePanel />
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>{t('settings.data')}</Title>
          <Text size="sm">{t('settings.dataFile')}</Text>
          <Code data-testid="data-file">{snapshot.storage.dataFile}</Code>
          <EncryptionPanel />
          <Group>
            <Button variant="light" onClick={() => void backup()} data-testid="backup-now">
              {t('settings.backupNow')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <BackupsPanel refresh={backupsMade} />
      <TeamWorkspaceCard />
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>{t('settings.workspace')}</Title>
          <Text size="sm">{snapshot.workspace.demo ? t('settings.workspaceDemo') : t('settings.workspaceReal')}</Text>
          <Group>
            <Button
              variant="default"
              onClick={() =>
                window.confirm(t('demo.confirmReload')) && void run((api) => api.resetWorkspace({ to: 'demo' }))
              }
            >
              {t('demo.reload')}
            </Button>
            <Button
              variant="default"
              color="red"
              onClick={() =>
                window.confirm(t('demo.confirmEmpty')) && void run((api) => api.resetWorkspace({ to: 'empty' }))
              }
            >
              {t('demo.startEmpty')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
