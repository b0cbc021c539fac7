import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTodayItems } from './use-today-items.ts';

/** The number of Today items beside its menu entry; nothing when there is nothing to do. */
export function TodayBadge() {
  const { t } = useTranslation();
  const count = useTodayItems().length;
  if (count === 0) return null;
  // The link reads "Today, 3 items need attention"; the bare number is for the eye.
  return (
    <>
      <Badge size="sm" circle={count < 10} color="red" aria-hidden data-testid="today-badge">
        {count}
      </Badge>
      <VisuallyHidden>{t('today.badge', { count })}</VisuallyHidden>
    </>
  );
}
