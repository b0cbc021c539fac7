import { useTranslation } from 'react-i18next';
import type { MonthlyOverview } from '../../../../shared/report/index.ts';
import type { ReportFormat } from './report-format.ts';

/**
 * The lines behind the cover's other income and value created: what it was, hours × rate, amount.
 * Each table ends on the cover's total, so the reader can check the sum.
 */
export function ReportStory({ model, f }: { model: MonthlyOverview; f: ReportFormat }) {
  const { t } = useTranslation();
  const { income, value } = model.itemised;
  const { current } = model.cover;
  return (
    <section className="rp-section" data-testid="report-story">
      <h2 className="rp-h2">{t('report.story.incomeTitle')}</h2>
      {income.length === 0 ? (
        <p>{t('report.story.noIncome')}</p>
      ) : (
        <table className="rp-table rp-avoid" data-testid="report-income">
          <thead>
            <tr>
              <th>{t('report.story.date')}</th>
              <th>{t('report.story.what')}</th>
              <th>{t('report.story.kind')}</th>
              <th className="num">{t('report.story.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {income.map((line) => (
              <tr key={line.id} data-testid="report-income-line">
                <td className="nowrap">{f.date(line.date)}</td>
                <td>{line.description}</td>
                <td>{t(`report.story.kinds.${line.kind}`)}</td>
                <td className="num">{f.money(line.cents)}</td>
              </tr>
            ))}
            <tr className="rp-total">
              <td colSpan={3}>{t('report.story.total')}</td>
              <td className="num">{f.money(current.otherIncomeCents)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <h2 className="rp-h2" style={{ marginTop: '6mm' }}>{t('report.story.valueTitle')}</h2>
      {value.length === 0 ? (
        <p>{t('report.story.noValue')}</p>
      ) : (
        <table className="rp-table rp-avoid" data-testid="report-value">
          <thead>
            <tr>
              <th>{t('report.story.date')}</th>
              <th>{t('report.story.what')}</th>
              <th className="num">{t('report.story.calculation')}</th>
              <th className="num">{t('report.story.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {value.map((line, i) => (
              <tr key={i} data-testid="report-value-line">
                <td className="nowrap">{line.date ? f.date(line.date) : ''}</td>
                <td>
                  {line.kind === 'requests' ? t('report.story.requestsDone', { count: line.count }) : line.description}
                  {/* Many descriptions already name who benefited; say it once. */}
                  {line.beneficiary && !line.description.includes(line.beneficiary) && ` (${line.beneficiary})`}
                </td>
                <td className="num">{t('report.story.hoursTimesRate', { hours: f.hours(line.hours), rate: f.money(line.rateCents) })}</td>
                <td className="num">{f.money(line.cents)}</td>
              </tr>
            ))}
            <tr className="rp-total">
              <td colSpan={3}>{t('report.story.total')}</td>
              <td className="num">{f.money(current.valueCents)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p className="rp-note">{t('report.story.valueNote')}</p>
    </section>
  );
}
