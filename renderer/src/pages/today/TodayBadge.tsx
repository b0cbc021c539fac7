import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDailyNotice } from './use-daily-notice.ts';
import { useTodayItems } from './use-today-items.ts';

/** The number of Today items beside its menu entry; nothing when there is nothing to do. */
export function TodayBadge() {
  const { t } = useTranslation();
  const items = useTodayItems();
  // The badge is always mounted with the shell, so it is also where the daily notice is raised.
  useDailyNotice(items);
  const count = items.length;
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
