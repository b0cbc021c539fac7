import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../shared/schemas/index.ts';

const colours: Record<Placement['status'], string> = { proposed: 'yellow', confirmed: 'teal', ended: 'gray' };

export function StatusBadge({ status }: { status: Placement['status'] }) {
  const { t } = useTranslation();
  return (
    // A visible label keeps the badge's min width at its text, so a narrow table column never truncates it.
    <Badge
      color={colours[status]}
      variant="light"
      tt="none"
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
      data-testid="placement-status-badge"
      data-status={status}
    >
      {t(`placements.status.${status}`)}
    </Badge>
  );
}
