import { useTranslation } from 'react-i18next';
import type { MonthlyOverview, ReportTable } from '../../../../shared/report/index.ts';
import type { Language } from '../../../../shared/schemas/index.ts';
import { OverviewTable } from './ReportTables.tsx';

/** Page one: the lead's commentary, the key figures beside the previous month and last year, revenue per client, the reasons. */
export function ReportCover({
  model,
  tables,
  language,
}: {
  model: MonthlyOverview;
  tables: ReportTable[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <section className="rp-section" data-testid="report-cover">
      {model.commentary && (
        <div className="rp-commentary rp-avoid" data-testid="report-commentary">
          <h2 className="rp-h2">{t('report.commentary.title')}</h2>
          <p>{model.commentary}</p>
        </div>
      )}
      {tables.map((table) => (
        <OverviewTable key={table.key} table={table} language={language} avoidBreak />
      ))}
      <p className="rp-note">{t('report.weeksNote')}</p>
      <p className="rp-note" data-testid="report-utilisation-note">
        {t('report.utilisationNote')}
      </p>
    </section>
  );
}
