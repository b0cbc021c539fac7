import { useTranslation } from 'react-i18next';
import type { MonthlyOverview } from '../../../../shared/report/index.ts';
import { overviewLabels } from '../../../../shared/report/overview-labels.ts';
import type { Language } from '../../../../shared/schemas/index.ts';
import type { ReportFormat } from './report-format.ts';

const lines = ['contract', 'holiday', 'leave', 'available', 'structural', 'placements', 'adhoc', 'spare'] as const;

/** Per person: where the contract hours went this month, in the order a lead explains them, and the requests they finished. */
export function ReportStatements({
  model,
  f,
  language,
}: {
  model: MonthlyOverview;
  f: ReportFormat;
  language: Language;
}) {
  const { t } = useTranslation();
  // The capacity table's own words, so a statement and its table line read alike.
  const l = overviewLabels(language).capacity;
  return (
    <section className={model.personId ? 'rp-section' : 'rp-section rp-break'} data-testid="report-statements">
      <h2 className="rp-h2">{t('report.statements.title')}</h2>
      <div className={model.personId ? 'rp-statements rp-one' : 'rp-statements'}>
        {model.capacity.people.map((p) => (
          <div key={p.personId} className="rp-statement" data-testid={`statement-${p.personId}`}>
            <h3>{p.name}</h3>
            <table className="rp-table">
              <tbody>
                {lines.map((key) => (
                  <tr key={key}>
                    <td>{l[key]}</td>
                    <td className="num">{f.hours(p[key])}</td>
                  </tr>
                ))}
                <tr data-testid="statement-requests-done">
                  <td>{l.requestsDone}</td>
                  <td className="num">{p.requestsDone}</td>
                </tr>
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}
