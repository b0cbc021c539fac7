import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { MonthPoint } from '../../../../shared/dashboard/index.ts';
import type { Client } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { chartFormatters, legendText, palette, seriesColours } from './chart-format.tsx';

/** Placement revenue stacked by client, other income on top, and a twelfth of the annual target as a line. */
export function RevenueChart({ data, clients, height }: { data: MonthPoint[]; clients: Client[]; height: number }) {
  const { t } = useTranslation();
  const f = chartFormatters(useLanguage());
  const rows = data.map((p) => ({ month: p.month, ...p.byClient, other: p.otherIncomeCents, target: p.targetCents }));
  const shown = clients.filter((c) => data.some((p) => (p.byClient[c.id] ?? 0) > 0));
  const last = data.at(-1);
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      data-last-month={last?.month}
      data-last-month-cents={last ? last.placementCents + last.otherIncomeCents : 0}
    >
      <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={f.month} />
        <YAxis tickFormatter={f.euros} width={90} />
        <Tooltip
          formatter={(value, name) => [f.money(Number(value)), name]}
          labelFormatter={(m) => f.month(String(m))}
        />
        <Legend formatter={legendText} />
        {shown.map((client, i) => (
          <Bar
            key={client.id}
            dataKey={client.id}
            name={client.name}
            stackId="revenue"
            fill={palette[i % palette.length]}
            isAnimationActive={false}
          />
        ))}
        <Bar
          dataKey="other"
          name={t('value.charts.otherIncome')}
          stackId="revenue"
          fill={seriesColours.grey}
          isAnimationActive={false}
        />
        {data.some((p) => p.targetCents !== null) && (
          <Line
            dataKey="target"
            name={t('value.charts.target')}
            stroke="#b83c3c"
            strokeDasharray="6 4"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
