import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { MonthPoint } from '../../../../shared/dashboard/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { chartFormatters, legendText, seriesColours } from './chart-format.tsx';

export function HoursChart({ data, height }: { data: MonthPoint[]; height: number }) {
  const { t } = useTranslation();
  const f = chartFormatters(useLanguage());
  const hours = (value: unknown, name: unknown) => [f.hours(Number(value)), String(name)] as [string, string];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={f.month} />
        <YAxis tickFormatter={f.hours} width={60} />
        <Tooltip formatter={hours} labelFormatter={(m) => f.month(String(m))} />
        <Legend formatter={legendText} />
        <Bar
          dataKey="structural"
          name={t('value.charts.structural')}
          stackId="h"
          fill={seriesColours.blue}
          isAnimationActive={false}
        />
        <Bar
          dataKey="placements"
          name={t('value.charts.placements')}
          stackId="h"
          fill={seriesColours.green}
          isAnimationActive={false}
        />
        <Bar
          dataKey="adhoc"
          name={t('value.charts.adhoc')}
          stackId="h"
          fill={seriesColours.vermillion}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
