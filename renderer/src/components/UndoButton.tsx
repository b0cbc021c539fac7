import { Button, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../state/use-command.ts';
import { useSnapshot } from '../state/workspace-state.tsx';

/** Undo from the header or with Ctrl+Z (Cmd+Z); text fields keep their own undo. */
export function UndoButton() {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const run = useCommand();
  const undo = async () => {
    if (!snapshot.canUndo) return;
    const failure = await run((api) => api.undo({}));
    if (!failure) notifications.show({ color: 'blue', message: t('undo.done') });
  };
  useHotkeys([['mod+Z', () => void undo()]]);
  return (
    <Tooltip label={t('undo.hint')}>
      <Button size="xs" variant="default" disabled={!snapshot.canUndo} onClick={() => void undo()} data-testid="undo">
        {t('undo.label')}
      </Button>
    </Tooltip>
  );
}
