import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  onCancel: () => void;
  /** data-testid of the submit button. */
  testId: string;
  cancelTestId?: string;
  /** Defaults to "Opslaan" / "Save". */
  label?: string;
  color?: string;
};

/** Cancel and submit at the end of a form: the same place, order and words in every form. */
export function FormActions({ onCancel, testId, cancelTestId, label, color }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} data-testid={cancelTestId}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" color={color} data-testid={testId}>
        {label ?? t('common.save')}
      </Button>
    </Group>
  );
}
