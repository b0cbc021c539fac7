import { Alert, Button } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rangeReport } from '../../../../shared/closing/index.ts';
import { rangeProblem } from '../../../../shared/dashboard/index.ts';
import { overviewTables, type ReportTable, type TableKey } from '../../../../shared/report/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { ReportCharts } from './ReportCharts.tsx';
import { ReportClosing } from './ReportClosing.tsx';
import { ReportCover } from './ReportCover.tsx';
import { ReportStatements } from './ReportStatements.tsx';
import { OverviewTable } from './ReportTables.tsx';
import { cssString, parseReportHash, reportFormat } from './report-format.ts';
import { useHash } from './report-route.ts';
import './report.css';

/**
 * Marks the page ready once every chart has drawn its SVG, for printToPDF and tests to wait on;
 * with `?print` it then opens the browser's print dialog (the web host's way to a PDF).
 */
function useReadyWhenDrawn(charts: number, print: boolean, key: string) {
  useEffect(() => {
    document.body.dataset.reportReady = 'false';
    let frame = 0;
    const check = () => {
      if (document.querySelectorAll('.rp-chart svg.recharts-surface').length < charts) {
        frame = requestAnimationFrame(check);
        return;
      }
      document.body.dataset.reportReady = 'true';
      if (print) window.print();
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [charts, print, key]);
}

/** The monthly overview (or a range's overview) as a print page: no app chrome, A4 pages with running header and page numbers. */
export function ReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today } = useSnapshot();
  const route = parseReportHash(useHash());
  const month = route?.month ?? null;
  const lastMonth = route?.lastMonth ?? null;
  const badRange = month !== null && lastMonth !== null && rangeProblem(month, lastMonth) !== null;
  const personId = route?.personId ?? null;
  const personOk = personId === null || workspace.people.some((p) => p.id === personId);
  // A closed month is shown as it was issued (shared/closing), an open one as the records give it now.
  const report = useMemo(
    () =>
      month && lastMonth && personOk && !badRange
        ? rangeReport(workspace, month, lastMonth, today, personId ?? undefined)
        : null,
    [workspace, today, month, lastMonth, personId, personOk, badRange],
  );
  const model = report?.model ?? null;
  const charts = model && !model.personId ? 4 : 0;
  useReadyWhenDrawn(charts, route?.print ?? false, `${month}..${lastMonth}/${personId}`);
  if (!model)
    return (
      <Alert color="red" m="lg" data-testid="report-not-found">
        {t('report.notFound')}
      </Alert>
    );

  const f = reportFormat(language);
  const revised = report?.closing?.closed && report.closing.revised ? ` (${t('closing.revisedWord')})` : '';
  const range = model.lastMonth !== undefined;
  const title = `${model.personId ? t(range ? 'report.rangeStatementTitle' : 'report.statementTitle') : t(range ? 'report.rangeTitle' : 'report.title')}${revised}`;
  const periodLabel = f.range(model.month, model.lastMonth ?? model.month);
  const madeOn = t('report.madeOn', { date: f.date(model.madeOn) });
  // Margin boxes hold only CSS strings, so the running header is written into a style element.
  const pageCss = `@page { size: A4; margin: 16mm 14mm 18mm;
    @top-left { content: ${cssString(`${model.organisationName} · ${title} ${periodLabel}`)}; font-size: 8pt; color: #6c757d; font-family: system-ui, sans-serif; }
    @top-right { content: ${cssString(madeOn)}; font-size: 8pt; color: #6c757d; font-family: system-ui, sans-serif; }
    @bottom-right { content: ${cssString(`${t('report.page')} `)} counter(page) " / " counter(pages); font-size: 8pt; color: #6c757d; font-family: system-ui, sans-serif; } }`;
  const person = model.personId ? model.capacity.people[0]?.name : null;
  // The tables of the XLSX and the CSV, in their order; the page adds its notes and charts between them.
  const tables = overviewTables(model, language);
  const pick = (keys: TableKey[]) => tables.filter((table) => keys.includes(table.key));
  const show = (table: ReportTable, className?: string, avoidBreak?: boolean) => (
    <OverviewTable key={table.key} table={table} language={language} className={className} avoidBreak={avoidBreak} />
  );
  return (
    <>
      <style>{pageCss}</style>
      <div className="rp-toolbar">
        <Button size="xs" onClick={() => window.print()} data-testid="report-print">
          {t('report.print')}
        </Button>
      </div>
      <main className="rp-page" data-testid="report-page" lang={language}>
        <header className="rp-cover-head">
          <div className="rp-org">{model.organisationName}</div>
          <div className="rp-title">
            {title}
            {person ? ` · ${person}` : ''}
          </div>
          <div className="rp-subtitle" data-testid="report-period">
            {periodLabel} · {madeOn}
          </div>
        </header>
        <ReportClosing closing={report?.closing ?? null} f={f} language={language} />
        {model.personId ? (
          <>
            <ReportStatements model={model} f={f} language={language} />
            {pick(['capacity']).map((table) => show(table))}
          </>
        ) : (
          <>
            <ReportCover model={model} tables={pick(['summary', 'clients', 'reasons'])} language={language} />
            {pick(['income', 'value']).map((table) => show(table, undefined, true))}
            <p className="rp-note">{t('report.valueNote')}</p>
            <ReportCharts model={model} clients={workspace.clients} />
            {pick(['placements', 'requests', 'capacity']).map((table) =>
              show(table, table.key === 'requests' ? undefined : 'rp-break'),
            )}
            <ReportStatements model={model} f={f} language={language} />
          </>
        )}
      </main>
    </>
  );
}
