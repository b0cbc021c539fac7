import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Client, Language } from '../../../../shared/schemas/index.ts';
import { chartFormatters } from '../../components/charts/chart-format.tsx';
import { HoursChart } from '../../components/charts/HoursChart.tsx';
import { RequestsChart } from '../../components/charts/RequestsChart.tsx';
import { RevenueChart } from '../../components/charts/RevenueChart.tsx';
import { UtilisationChart } from '../../components/charts/UtilisationChart.tsx';
import type { Dashboard } from './use-dashboard.ts';

/** The numbers behind a chart, already worded, for "show as table" and for screen readers. */
export type SlideTable = { columns: string[]; rows: string[][] };
export type Slide = { key: string; title: string; render: (height: number) => ReactNode; table: () => SlideTable };

/** The dashboard's charts in presenting order; the page shows them in a grid, presentation one by one. */
export function chartSlides(dashboard: Dashboard, clients: Client[], t: TFunction, language: Language): Slide[] {
  const f = chartFormatters(language);
  const series = dashboard.series;
  const shown = clients.filter((c) => series.some((p) => (p.byClient[c.id] ?? 0) > 0));
  const month = t('value.charts.month');
  return [
    {
      key: 'revenue',
      title: t('value.charts.revenue'),
      render: (h) => <RevenueChart data={series} clients={clients} height={h} />,
      table: () => ({
        columns: [month, ...shown.map((c) => c.name), t('value.charts.otherIncome'), t('value.charts.target')],
        rows: series.map((p) => [
          f.month(p.month),
          ...shown.map((c) => f.money(p.byClient[c.id] ?? 0)),
          f.money(p.otherIncomeCents),
          p.targetCents === null ? '—' : f.money(p.targetCents),
        ]),
      }),
    },
    {
      key: 'hours',
      title: t('value.charts.hours'),
      render: (h) => <HoursChart data={series} height={h} />,
      table: () => ({
        columns: [month, t('value.charts.structural'), t('value.charts.placements'), t('value.charts.adhoc')],
        rows: series.map((p) => [f.month(p.month), f.hours(p.structural), f.hours(p.placements), f.hours(p.adhoc)]),
      }),
    },
    {
      key: 'utilisation',
      title: t('value.charts.utilisation'),
      render: (h) => <UtilisationChart data={dashboard.utilisation} height={h} />,
      table: () => ({
        columns: [t('value.charts.week'), t('value.charts.confirmed'), t('value.charts.withProposed')],
        rows: dashboard.utilisation.map((p) => [
          t('capacity.week', { week: Number(p.week.slice(6)) }),
          f.percent(p.utilisation),
          f.percent(p.utilisationIfProposed),
        ]),
      }),
    },
    {
      key: 'requests',
      title: t('value.charts.requests'),
      render: (h) => <RequestsChart data={series} height={h} />,
      table: () => ({
        columns: [month, t('value.charts.done'), t('value.charts.declined'), t('value.charts.deferred')],
        rows: series.map((p) => [f.month(p.month), String(p.done), String(p.declined), String(p.deferred)]),
      }),
    },
  ];
}
