import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { WeekPoint } from '../../../../../shared/dashboard/index.ts';
import { useLanguage } from '../../../state/use-command.ts';
import { chartFormatters } from './chart-format.ts';

export function UtilisationChart({ data, height }: { data: WeekPoint[]; height: number }) {
  const { t } = useTranslation();
  const f = chartFormatters(useLanguage());
  const week = (w: unknown) => `${t('capacity.week', { week: Number(String(w).slice(6)) })}`;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" tickFormatter={week} minTickGap={16} />
        <YAxis tickFormatter={f.percent} width={60} domain={[0, 'auto']} />
        <Tooltip formatter={(value, name) => [f.percent(Number(value)), name]} labelFormatter={week} />
        <Legend />
        <Line dataKey="utilisation" name={t('value.charts.confirmed')} stroke="#0ca678" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line dataKey="utilisationIfProposed" name={t('value.charts.withProposed')} stroke="#1c7ed6" strokeDasharray="5 4" dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
