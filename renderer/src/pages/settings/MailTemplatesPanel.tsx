import {
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTemplates, placeholdersFor, templateFor } from '../../../../shared/mail/templates.ts';
import {
  languageSchema,
  mailKindSchema,
  type Language,
  type MailKind,
  type MailTemplate,
  type MailTemplates,
} from '../../../../shared/schemas/index.ts';
import { useCommand, useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';

type AllTemplates = Record<Language, Record<MailKind, MailTemplate>>;

function allTemplates(stored: MailTemplates | undefined): AllTemplates {
  const forLanguage = (language: Language) =>
    Object.fromEntries(
      mailKindSchema.options.map((kind) => [kind, { ...templateFor(stored, language, kind) }]),
    ) as Record<MailKind, MailTemplate>;
  return { nl: forLanguage('nl'), en: forLanguage('en') };
}

/** Only what differs from the default is stored, so an improved default still reaches untouched templates. */
function changedOnly(values: AllTemplates): MailTemplates | undefined {
  const result: MailTemplates = { nl: {}, en: {} };
  let any = false;
  for (const language of languageSchema.options) {
    for (const kind of mailKindSchema.options) {
      const value = values[language][kind];
      const standard = defaultTemplates[language][kind];
      if (value.subject !== standard.subject || value.body !== standard.body) {
        result[language][kind] = value;
        any = true;
      }
    }
  }
  return any ? result : undefined;
}

export function MailTemplatesPanel() {
  const { t } = useTranslation();
  const { workspace } = useSnapshot();
  const run = useCommand();
  const settings = workspace.settings;
  // Opens on the templates in the lead's own language; the other is one click away.
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [kind, setKind] = useState<MailKind>('confirm');
  const form = useForm<AllTemplates>({ initialValues: allTemplates(settings.mailTemplates) });
  const path = `${language}.${kind}` as const;

  const save = async () => {
    const failure = await run((api) => api.updateSettings({ ...settings, mailTemplates: changedOnly(form.values) }));
    if (!failure) notifications.show({ color: 'teal', message: t('mail.templates.saved') });
  };

  return (
    <Paper withBorder p="md" data-testid="mail-templates">
      <Stack gap="sm">
        <Title order={4}>{t('mail.templates.title')}</Title>
        <Text size="sm">{t('mail.templates.intro')}</Text>
        <Group align="flex-end">
          <SegmentedControl
            value={language}
            onChange={(value) => setLanguage(languageSchema.parse(value))}
            data={languageSchema.options.map((l) => ({ value: l, label: t(`mail.templates.languages.${l}`) }))}
            data-testid="mail-templates-language"
          />
          <Select
            aria-label={t('mail.draft.kind')}
            value={kind}
            onChange={(value) => value && setKind(mailKindSchema.parse(value))}
            data={mailKindSchema.options.map((k) => ({ value: k, label: t(`mail.draft.kinds.${k}`) }))}
            allowDeselect={false}
            w={240}
            data-testid="mail-templates-kind"
          />
        </Group>
        <Text size="sm" data-testid="mail-templates-placeholders">
          {t('mail.templates.placeholders')}
          {placeholdersFor(kind, language).map((name) => (
            <Code key={name} mx={2}>
              {name}
            </Code>
          ))}
        </Text>
        <TextInput
          label={t('mail.templates.subject')}
          data-testid="mail-templates-subject"
          {...form.getInputProps(`${path}.subject`)}
        />
        <Textarea
          label={t('mail.templates.body')}
          autosize
          minRows={8}
          maxRows={18}
          data-testid="mail-templates-body"
          {...form.getInputProps(`${path}.body`)}
        />
        <Group justify="space-between">
          <Button
            variant="subtle"
            onClick={() => form.setFieldValue(path, { ...defaultTemplates[language][kind] })}
            data-testid="mail-templates-reset"
          >
            {t('mail.templates.reset')}
          </Button>
          <Button onClick={() => void save()} data-testid="mail-templates-save">
            {t('mail.templates.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
