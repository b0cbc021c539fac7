import { useTranslation } from 'react-i18next';
import type { KeyFigures } from '../../../../shared/dashboard/index.ts';
import type { MonthlyOverview } from '../../../../shared/report/index.ts';
import type { ReportFormat } from './report-format.ts';

type Line = { label: string; pick: (k: KeyFigures) => string; sub?: boolean; testId?: string };

/** The cover: each key figure with the previous month and the same month last year beside it. */
export function ReportCover({ model, f }: { model: MonthlyOverview; f: ReportFormat }) {
  const { t } = useTranslation();
  const { current, previous, lastYear, clients } = model.cover;
  const none = t('report.cover.none');
  const lines: Line[] = [
    { label: t('report.cover.revenue'), pick: (k) => f.money(k.revenueCents), testId: 'revenue' },
    { label: t('report.cover.placementRevenue'), pick: (k) => f.money(k.placementCents), sub: true },
    { label: t('report.cover.otherIncome'), pick: (k) => f.money(k.otherIncomeCents), sub: true },
    { label: t('report.cover.value'), pick: (k) => f.money(k.valueCents), testId: 'value' },
    { label: t('report.cover.hours'), pick: (k) => f.hours(k.hours.total), testId: 'hours' },
    { label: t('report.cover.structural'), pick: (k) => f.hours(k.hours.structural), sub: true },
    { label: t('report.cover.placements'), pick: (k) => f.hours(k.hours.placements), sub: true },
    { label: t('report.cover.adhoc'), pick: (k) => f.hours(k.hours.adhoc), sub: true },
    { label: t('report.cover.utilisation'), pick: (k) => f.percent(k.utilisation) },
    { label: t('report.cover.done'), pick: (k) => String(k.requests.done) },
    { label: t('report.cover.declined'), pick: (k) => String(k.requests.declined) },
    { label: t('report.cover.deferred'), pick: (k) => String(k.requests.deferred) },
    { label: t('report.cover.satisfaction'), pick: (k) => (k.requests.averageSatisfaction === null ? none : f.decimal(k.requests.averageSatisfaction)) },
  ];
  const column = (k: KeyFigures | null, line: Line) => (k ? line.pick(k) : none);
  // Both tables compare the same three periods: months, or for a chosen range the ranges of its length.
  const range = model.lastMonth !== undefined;
  const periodHead = (first: string) => (
    <thead>
      <tr>
        <th>{first}</th>
        <th className="num">{t(range ? 'report.cover.rangeCurrent' : 'report.cover.current')}</th>
        <th className="num">{t(range ? 'report.cover.rangePrevious' : 'report.cover.previous')}</th>
        <th className="num">{t(range ? 'report.cover.rangeLastYear' : 'report.cover.lastYear')}</th>
      </tr>
    </thead>
  );
  return (
    <section className="rp-section" data-testid="report-cover">
      {model.commentary && (
        <div className="rp-commentary rp-avoid" data-testid="report-commentary">
          <h2 className="rp-h2">{t('report.commentary.title')}</h2>
          <p>{model.commentary}</p>
        </div>
      )}
      <table className="rp-table rp-avoid">
        {periodHead(t('report.cover.figure'))}
        <tbody>
          {lines.map((line) => (
            <tr key={line.label} className={line.sub ? 'rp-sub' : undefined}>
              <td>{line.label}</td>
              <td className="num" data-testid={line.testId ? `cover-${line.testId}` : undefined}>{line.pick(current)}</td>
              <td className="num">{column(previous, line)}</td>
              <td className="num">{column(lastYear, line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="rp-h2" style={{ marginTop: '6mm' }}>{t('report.cover.clients')}</h2>
      <table className="rp-table rp-avoid" data-testid="report-clients">
        {periodHead('')}
        <tbody>
          {clients.map((c) => (
            <tr key={c.clientId}>
              <td>{c.name}</td>
              <td className="num">{f.money(c.cents)}</td>
              <td className="num">{previous ? f.money(c.previousCents) : none}</td>
              <td className="num">{c.lastYearCents === null ? none : f.money(c.lastYearCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="rp-h2" style={{ marginTop: '6mm' }}>{t('report.cover.reasons')}</h2>
      {current.requests.topReasons.length === 0 ? (
        <p>{t('report.cover.noReasons')}</p>
      ) : (
        <ol>
          {current.requests.topReasons.map((r) => (
            <li key={r.reason}>{r.reason} ({r.count}×)</li>
          ))}
        </ol>
      )}
      <p className="rp-note">{t('report.weeksNote')}</p>
      <p className="rp-note" data-testid="report-utilisation-note">{t('report.utilisationNote')}</p>
    </section>
  );
}
