import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Stands in for a page while its data or its code is on the way, in the shape of a title and a table. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="page-loading" aria-busy="true">
      <VisuallyHidden role="status">{t('app.loading')}</VisuallyHidden>
      <Skeleton height={30} width={240} />
      <Skeleton height={14} width={420} />
      <Skeleton height={28} width={560} mt="sm" />
      <Skeleton height={320} mt="xs" />
    </Stack>
  );
}
