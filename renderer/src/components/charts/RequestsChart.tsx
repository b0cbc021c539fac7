import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { MonthPoint } from '../../../../shared/dashboard/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { chartFormatters, legendText, seriesColours } from './chart-format.tsx';

export function RequestsChart({ data, height }: { data: MonthPoint[]; height: number }) {
  const { t } = useTranslation();
  const f = chartFormatters(useLanguage());
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={f.month} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip labelFormatter={(m) => f.month(String(m))} />
        <Legend formatter={legendText} />
        <Bar
          dataKey="done"
          name={t('value.charts.done')}
          stackId="r"
          fill={seriesColours.blue}
          isAnimationActive={false}
        />
        <Bar
          dataKey="declined"
          name={t('value.charts.declined')}
          stackId="r"
          fill={seriesColours.vermillion}
          isAnimationActive={false}
        />
        <Bar
          dataKey="deferred"
          name={t('value.charts.deferred')}
          stackId="r"
          fill={seriesColours.ochre}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
