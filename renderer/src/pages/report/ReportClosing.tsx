import { useTranslation } from 'react-i18next';
import type { ClosingInfo } from '../../../../shared/closing/index.ts';
import type { Language } from '../../../../shared/schemas/index.ts';
import { FigureChangesTable } from '../../components/FigureChangesTable.tsx';
import type { ReportFormat } from './report-format.ts';

/** A closed month's report says which issue it is, what a revision changed, and any correction since. */
export function ReportClosing({
  closing,
  f,
  language,
}: {
  closing: ClosingInfo | null;
  f: ReportFormat;
  language: Language;
}) {
  const { t } = useTranslation();
  if (!closing?.closed) return null;
  return (
    <section className="rp-section" data-testid="report-closing">
      <p className="rp-subtitle" data-testid="report-issue">
        {closing.revised
          ? t('closing.reportRevised', { first: f.date(closing.firstIssuedOn), date: f.date(closing.issuedOn) })
          : t('closing.reportClosed', { date: f.date(closing.issuedOn) })}
      </p>
      {closing.changesSinceFirst.length > 0 && (
        <>
          <h2>{t('closing.changes', { date: f.date(closing.firstIssuedOn) })}</h2>
          <FigureChangesTable
            changes={closing.changesSinceFirst}
            language={language}
            testId="report-changes"
            reportedLabel={f.date(closing.firstIssuedOn)}
            nowLabel={f.date(closing.issuedOn)}
          />
        </>
      )}
      {closing.corrections.length > 0 && (
        <>
          <h2>{t('closing.corrections')}</h2>
          <p>{t('closing.correctionsIntro')}</p>
          <FigureChangesTable
            changes={closing.corrections}
            language={language}
            testId="report-corrections"
            reportedLabel={t('closing.reported')}
            nowLabel={t('closing.now')}
          />
        </>
      )}
    </section>
  );
}
