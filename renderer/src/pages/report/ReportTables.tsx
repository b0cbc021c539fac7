import { useTranslation } from 'react-i18next';
import type { MonthlyOverview } from '../../../../shared/report/index.ts';
import type { ReportFormat } from './report-format.ts';

type Props = { model: MonthlyOverview; f: ReportFormat };

export function PlacementsTable({ model, f }: Props) {
  const { t } = useTranslation();
  const { lines, hours, cents } = model.placements;
  return (
    <section className="rp-section rp-break" data-testid="report-placements">
      <h2 className="rp-h2">{t('report.placements.title')}</h2>
      {lines.length === 0 ? (
        <p>{t('report.placements.empty')}</p>
      ) : (
        <table className="rp-table">
          <thead>
            <tr>
              <th>{t('report.placements.person')}</th>
              <th>{t('report.placements.client')}</th>
              <th>{t('report.placements.basis')}</th>
              <th className="num">{t('report.placements.hours')}</th>
              <th className="num">{t('report.placements.revenue')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.placementId}>
                <td>{line.personName}</td>
                <td>{line.clientName}</td>
                <td>{t(line.realised ? 'report.placements.realised' : 'report.placements.planned')}</td>
                <td className="num">{f.hours(line.hours)}</td>
                <td className="num">{f.money(line.cents)}</td>
              </tr>
            ))}
            <tr className="rp-total">
              <td colSpan={3}>{t('report.placements.total')}</td>
              <td className="num">{f.hours(hours)}</td>
              <td className="num" data-testid="placements-total">{f.money(cents)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}

export function RequestsTable({ model, f }: Props) {
  const { t } = useTranslation();
  return (
    <section className="rp-section" data-testid="report-requests">
      <h2 className="rp-h2">{t('report.requests.title')}</h2>
      {model.requests.length === 0 ? (
        <p>{t('report.requests.empty')}</p>
      ) : (
        <table className="rp-table">
          <thead>
            <tr>
              <th>{t('report.requests.request')}</th>
              <th>{t('report.requests.requester')}</th>
              <th>{t('report.requests.status')}</th>
              <th>{t('report.requests.date')}</th>
              <th className="num">{t('report.requests.hours')}</th>
              <th className="num">{t('report.requests.satisfaction')}</th>
              <th>{t('report.requests.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {model.requests.map((r) => (
              <tr key={r.requestId}>
                <td>{r.title}</td>
                <td>{r.requester}{r.department ? ` (${r.department})` : ''}</td>
                <td>{t(`report.status.${r.status}`)}</td>
                <td className="nowrap">{f.date(r.closedOn ?? r.createdOn)}</td>
                <td className="num">{r.actualHours === null ? '' : f.hours(r.actualHours)}</td>
                <td className="num">{r.satisfaction ?? ''}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CapacityTable({ model, f }: Props) {
  const { t } = useTranslation();
  const { people, total } = model.capacity;
  return (
    <section className={model.personId ? 'rp-section' : 'rp-section rp-break'} data-testid="report-capacity">
      <h2 className="rp-h2">{t('report.capacity.title')}</h2>
      <table className="rp-table">
        <thead>
          <tr>
            <th>{t('report.capacity.person')}</th>
            <th className="num">{t('report.capacity.available')}</th>
            <th className="num">{t('report.capacity.committed')}</th>
            <th className="num">{t('report.capacity.spare')}</th>
            <th className="num">{t('report.capacity.utilisation')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.personId}>
              <td>{p.name}</td>
              <td className="num">{f.hours(p.available)}</td>
              <td className="num">{f.hours(p.committed)}</td>
              <td className="num">{f.hours(p.spare)}</td>
              <td className="num">{f.percent(p.utilisation)}</td>
            </tr>
          ))}
          {!model.personId && (
            <tr className="rp-total">
              <td>{t('report.capacity.total')}</td>
              <td className="num">{f.hours(total.available)}</td>
              <td className="num">{f.hours(total.committed)}</td>
              <td className="num">{f.hours(total.spare)}</td>
              <td className="num">{f.percent(total.utilisation)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
