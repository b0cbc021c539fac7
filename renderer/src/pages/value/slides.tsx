import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Client } from '../../../../shared/schemas/index.ts';
import { HoursChart } from './charts/HoursChart.tsx';
import { RequestsChart } from './charts/RequestsChart.tsx';
import { RevenueChart } from './charts/RevenueChart.tsx';
import { UtilisationChart } from './charts/UtilisationChart.tsx';
import type { Dashboard } from './use-dashboard.ts';

export type Slide = { key: string; title: string; render: (height: number) => ReactNode };

/** The dashboard's charts in presenting order; the page shows them in a grid, presentation one by one. */
export function chartSlides(dashboard: Dashboard, clients: Client[], t: TFunction): Slide[] {
  return [
    { key: 'revenue', title: t('value.charts.revenue'), render: (h) => <RevenueChart data={dashboard.series} clients={clients} height={h} /> },
    { key: 'hours', title: t('value.charts.hours'), render: (h) => <HoursChart data={dashboard.series} height={h} /> },
    { key: 'utilisation', title: t('value.charts.utilisation'), render: (h) => <UtilisationChart data={dashboard.utilisation} height={h} /> },
    { key: 'requests', title: t('value.charts.requests'), render: (h) => <RequestsChart data={dashboard.series} height={h} /> },
  ];
}
