import { ActionIcon, Alert, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas/index.ts';
import { useWorkspaceState } from '../../state/workspace-state.tsx';
import { downloadText } from '../../components/file-transfer.ts';
import { useCall } from '../../state/use-command.ts';

/**
 * The GDPR requests for one person: a subject-access export, and an erasure that must be confirmed
 * twice (the dialog, then typing the name) because it also rewrites every backup and cannot be undone.
 */
export function PrivacyActions({ person }: { person: Person }) {
  const { t } = useTranslation();
  const state = useWorkspaceState();
  const [erasing, setErasing] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const call = useCall();

  const exportData = async () => {
    const file = await call((api) => api.exportPerson({ id: person.id }));
    if (file.ok) downloadText(file.value.fileName, file.value.content);
  };

  const erase = async () => {
    setBusy(true);
    try {
      const erased = await call((api) => api.erasePerson({ id: person.id }));
      if (!erased.ok) return;
      const result = erased.value;
      setErasing(false);
      await state.receive(result.update);
      notifications.show({
        color: 'teal',
        message: t('team.privacy.erased', { name: person.name, count: result.rewrittenFiles.length }),
      });
      if (result.deletedFiles.length > 0) {
        notifications.show({
          color: 'orange',
          autoClose: false,
          message: t('team.privacy.deletedFiles', { files: result.deletedFiles.join(', ') }),
        });
      }
      if (result.uncheckedFiles.length > 0) {
        notifications.show({
          color: 'orange',
          autoClose: false,
          message: t('team.privacy.uncheckedFiles', { files: result.uncheckedFiles.join(', ') }),
        });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {/* A row menu rather than two more buttons: the row has no room, and erasing should not sit one click from Edit. */}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('team.privacy.menu', { name: person.name })}
            data-testid="person-privacy-menu"
          >
            ⋯
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportData()} data-testid="person-export">
            {t('team.privacy.export')}
          </Menu.Item>
          <Menu.Item
            color="red"
            onClick={() => {
              setTyped('');
              setErasing(true);
            }}
            data-testid="person-erase"
          >
            {t('team.privacy.erase')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={erasing}
        onClose={() => setErasing(false)}
        title={t('team.privacy.eraseTitle', { name: person.name })}
      >
        <Stack>
          <Alert color="red" variant="light">
            <Text size="sm">{t('team.privacy.eraseWarning')}</Text>
          </Alert>
          <TextInput
            label={t('team.privacy.typeName')}
            placeholder={person.name}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            data-testid="erase-confirm-name"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setErasing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              disabled={typed.trim() !== person.name}
              loading={busy}
              onClick={() => void erase()}
              data-testid="erase-confirm"
            >
              {t('team.privacy.confirmErase')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
