import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncryptionStatus } from '../../../shared/contract/index.ts';
import { useRecentSnapshot } from '../state/workspace-state.tsx';

const BADGE_COLOR: Record<EncryptionStatus['mode'], string> = {
  keystore: 'teal',
  environment: 'teal',
  'weak-keystore': 'orange',
  none: 'gray',
};

/** Why there is no encryption: the desktop app warns (no key store), the browser host cannot have one. */
function EncryptionExplanation({ status }: { status: EncryptionStatus }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t(`settings.encryption.explain.${status.mode}`, { backend: status.backend })}</Text>
      {status.mode === 'none' && (
        <Text size="sm">
          {t(status.warn ? 'settings.encryption.unavailable' : 'settings.encryption.browserHost', {
            backend: status.backend,
          })}
        </Text>
      )}
      {status.mode === 'weak-keystore' && <Text size="sm">{t('settings.encryption.fix')}</Text>}
    </>
  );
}

/** The line in Settings: always there, so the user can see their data is protected, not only when it is not. */
export function EncryptionPanel() {
  const { t } = useTranslation();
  const status = useRecentSnapshot().storage.encryption;
  return (
    <Stack gap={4} data-testid="encryption-status" data-mode={status.mode}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('settings.encryption.title')}
        </Text>
        <Badge color={BADGE_COLOR[status.mode]} variant="light">
          {t(`settings.encryption.${status.mode}`)}
        </Badge>
      </Group>
      <EncryptionExplanation status={status} />
    </Stack>
  );
}

/**
 * Shown at every start while the data is unprotected or only weakly protected (Linux's
 * basic_text); "understood" hides it for this session only, because the risk stays.
 */
export function EncryptionBanner() {
  const { t } = useTranslation();
  const status = useRecentSnapshot().storage.encryption;
  const [dismissed, setDismissed] = useState(false);
  if (!status.warn || dismissed) return null;
  return (
    <Alert color="orange" title={t('settings.encryption.bannerTitle')} data-testid="encryption-banner">
      <Stack gap={4}>
        <EncryptionExplanation status={status} />
      </Stack>
      <Group mt="sm" gap="xs">
        <Button size="xs" color="orange" component="a" href="#/settings">
          {t('settings.encryption.details')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setDismissed(true)} data-testid="encryption-banner-dismiss">
          {t('settings.encryption.dismiss')}
        </Button>
      </Group>
    </Alert>
  );
}
