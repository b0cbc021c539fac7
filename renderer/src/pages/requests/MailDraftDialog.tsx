import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftFor, mailKindFor } from '../../../../shared/mail/draft.ts';
import { buildEml, emlFileName } from '../../../../shared/mail/eml.ts';
import { mailtoFor } from '../../../../shared/mail/mailto.ts';
import { mailKindSchema, type MailKind, type SupportRequest } from '../../../../shared/schemas/index.ts';
import { safeMailtoUrl } from '../../../../shared/security/external-url.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { downloadText } from '../../components/file-transfer.ts';

type Props = { request: SupportRequest; onDone: () => void };

/**
 * The answer to the requester, filled in from the request in their language. Nothing is sent:
 * the mail program opens the draft (through a checked `mailto:` link), or, when the text is too
 * long for a link, the lead downloads it as an .eml file and opens that.
 */
export function MailDraftDialog({ request, onDone }: Props) {
  const { t } = useTranslation();
  const { workspace } = useSnapshot();
  const [kind, setKind] = useState<MailKind>(mailKindFor(request.status));
  const draft = useMemo(() => draftFor(kind, request, workspace), [kind, request, workspace]);
  const link = useMemo(() => {
    const url = mailtoFor(draft);
    return url === null ? null : safeMailtoUrl(url);
  }, [draft]);

  return (
    <Stack gap="sm" data-testid="mail-draft">
      <Group align="flex-end" wrap="nowrap">
        <Select
          label={t('mail.draft.kind')}
          data={mailKindSchema.options.map((k) => ({ value: k, label: t(`mail.draft.kinds.${k}`) }))}
          value={kind}
          onChange={(value) => value && setKind(mailKindSchema.parse(value))}
          allowDeselect={false}
          w={220}
          data-testid="mail-draft-kind"
        />
        <Text size="sm" c="dimmed" pb={8}>
          {t('mail.draft.language', { language: t(`mail.languages.${draft.language}`) })}
        </Text>
      </Group>
      <TextInput label={t('mail.draft.to')} value={draft.to} readOnly data-testid="mail-draft-to" />
      {!draft.to && (
        <Alert color="yellow" variant="light" py={6} data-testid="mail-draft-no-address">
          {t('mail.draft.noAddress')}
        </Alert>
      )}
      <TextInput label={t('mail.draft.subject')} value={draft.subject} readOnly data-testid="mail-draft-subject" />
      <Textarea
        label={t('mail.draft.body')}
        value={draft.body}
        readOnly
        autosize
        minRows={6}
        maxRows={8}
        data-testid="mail-draft-body"
      />
      {link === null && (
        <Alert color="blue" variant="light" py={6} data-testid="mail-draft-too-long">
          {t('mail.draft.tooLong')}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('mail.draft.hint')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} data-testid="mail-draft-close">
          {t('common.close')}
        </Button>
        {link !== null ? (
          // target _blank: the desktop app hands new windows with a checked mailto: link to the system mail program.
          <Button component="a" href={link} target="_blank" rel="noopener noreferrer" data-testid="mail-draft-open">
            {t('mail.draft.openMail')}
          </Button>
        ) : (
          <Button
            onClick={() => downloadText(emlFileName(draft.subject), buildEml(draft, new Date()), 'message/rfc822')}
            data-testid="mail-draft-eml"
          >
            {t('mail.draft.downloadEml')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
