import { useTranslation } from 'react-i18next';
import type { MonthlyOverview } from '../../../../shared/report/index.ts';
import type { Client } from '../../../../shared/schemas/index.ts';
import { HoursChart } from '../../components/charts/HoursChart.tsx';
import { RequestsChart } from '../../components/charts/RequestsChart.tsx';
import { RevenueChart } from '../../components/charts/RevenueChart.tsx';
import { UtilisationChart } from '../../components/charts/UtilisationChart.tsx';

const HEIGHT = 200;

/**
 * The dashboard's own charts over the model's series. Each sits in a fixed 680 px box (the A4 text
 * width) so the chart is laid out once and prints as drawn; the charts do not animate.
 */
export function ReportCharts({ model, clients }: { model: MonthlyOverview; clients: Client[] }) {
  const { t } = useTranslation();
  const charts = [
    {
      key: 'revenue',
      title: t('value.charts.revenue'),
      chart: <RevenueChart data={model.series} clients={clients} height={HEIGHT} />,
    },
    { key: 'hours', title: t('value.charts.hours'), chart: <HoursChart data={model.series} height={HEIGHT} /> },
    {
      key: 'utilisation',
      title: t('value.charts.utilisation'),
      chart: <UtilisationChart data={model.utilisation} height={HEIGHT} />,
    },
    {
      key: 'requests',
      title: t('value.charts.requests'),
      chart: <RequestsChart data={model.series} height={HEIGHT} />,
    },
  ];
  return (
    <section className="rp-section rp-break" data-testid="report-charts">
      <h2 className="rp-h2">{t('report.charts.title')}</h2>
      {charts.map((c) => (
        <div key={c.key} className="rp-chart" data-testid={`report-chart-${c.key}`}>
          <div className="rp-chart-title">{c.title}</div>
          {c.chart}
        </div>
      ))}
    </section>
  );
}
