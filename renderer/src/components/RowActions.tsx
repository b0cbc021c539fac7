import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  onEdit: () => void;
  /** Asked before removing; the removal runs only when the user agrees. */
  confirmRemove: string;
  onRemove: () => void;
  /** When set, removing is not possible and this says why. */
  removeBlockedBecause?: string;
  testIdPrefix?: string;
};

/** Edit and Remove for a table row; Remove always asks first. */
export function RowActions({ onEdit, confirmRemove, onRemove, removeBlockedBecause, testIdPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button size="compact-sm" variant="subtle" onClick={onEdit} data-testid={testIdPrefix && `${testIdPrefix}-edit`}>
        {t('common.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        disabled={removeBlockedBecause !== undefined}
        title={removeBlockedBecause}
        onClick={() => window.confirm(confirmRemove) && onRemove()}
        data-testid={testIdPrefix && `${testIdPrefix}-remove`}
      >
        {t('placements.clients.remove')}
      </Button>
    </Group>
  );
}
