import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { WeekPoint } from '../../../../shared/dashboard/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { chartFormatters, legendText, seriesColours } from './chart-format.tsx';

export function UtilisationChart({ data, height }: { data: WeekPoint[]; height: number }) {
  const { t } = useTranslation();
  const f = chartFormatters(useLanguage());
  const week = (w: unknown) => `${t('capacity.week', { week: Number(String(w).slice(6)) })}`;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" tickFormatter={week} minTickGap={16} />
        <YAxis tickFormatter={f.percent} width={60} domain={[0, 'auto']} />
        <Tooltip formatter={(value, name) => [f.percent(Number(value)), name]} labelFormatter={week} />
        <Legend formatter={legendText} />
        <Line
          dataKey="utilisation"
          name={t('value.charts.confirmed')}
          stroke={seriesColours.blue}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="utilisationIfProposed"
          name={t('value.charts.withProposed')}
          stroke={seriesColours.vermillion}
          strokeDasharray="5 4"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
