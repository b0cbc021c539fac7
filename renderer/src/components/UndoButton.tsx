import { Button, Group, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeChange } from '../pages/history/describe-entry.ts';
import { useCommand, useLanguage } from '../state/use-command.ts';
import { useRecentSnapshot } from '../state/workspace-state.tsx';

/** Undo and Redo from the header, or Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac); text fields keep their own undo. */
export function UndoButton() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { history } = useRecentSnapshot();
  const run = useCommand();
  const undoWhat = history.undo ? describeChange(history.undo, t, language) : null;
  const redoWhat = history.redo ? describeChange(history.redo, t, language) : null;
  const undo = async () => {
    if (!history.undo) return;
    const failure = await run((api) => api.undo({}));
    if (!failure) notifications.show({ color: 'blue', message: t('undo.done') });
  };
  const redo = async () => {
    if (!history.redo) return;
    const failure = await run((api) => api.redo({}));
    if (!failure) notifications.show({ color: 'blue', message: t('history.redone') });
  };
  useHotkeys([
    ['mod+Z', () => void undo()],
    ['mod+shift+Z', () => void redo()],
    ['mod+Y', () => void redo()],
  ]);
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip
        label={undoWhat ? t('history.undo', { what: undoWhat }) : t('history.nothingToUndo')}
        multiline
        maw={360}
      >
        <Button
          size="xs"
          variant="default"
          disabled={!history.undo}
          onClick={() => void undo()}
          data-testid="undo"
          aria-description={undoWhat ?? undefined}
        >
          {t('undo.label')}
        </Button>
      </Tooltip>
      <Tooltip label={redoWhat ? t('history.redoWhat', { what: redoWhat }) : t('history.redoHint')} multiline maw={360}>
        <Button
          size="xs"
          variant="default"
          disabled={!history.redo}
          onClick={() => void redo()}
          data-testid="redo"
          aria-description={redoWhat ?? undefined}
        >
          {t('history.redo')}
        </Button>
      </Tooltip>
    </Group>
  );
}
