import { rangeReport } from '../../../shared/closing/index.ts';
import { overviewTables, type MonthlyOverview } from '../../../shared/report/index.ts';
import type { IsoDate, Language, Workspace } from '../../../shared/schemas/index.ts';
import { closingTables, revisionSuffix } from './closing-tables.ts';
import { writeCsv, type CsvSeparator } from './csv.ts';
import { fileBase } from './labels.ts';
import { writeXlsx } from './xlsx.ts';

export type ExportedFile = { name: string; mimeType: string; base64: string };
export type ExportRequest = {
  month: string;
  lastMonth?: string | undefined;
  format: 'xlsx' | 'csv';
  personId?: string | undefined;
  separator?: CsvSeparator | undefined;
};

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function baseName(model: MonthlyOverview, workspace: Workspace, language: Language): string {
  const person = model.personId ? workspace.people.find((p) => p.id === model.personId)?.name : undefined;
  return fileBase(language, model.month, person, model.lastMonth);
}

/** The XLSX or the CSV files of one month's (or a range's) overview, rendered from the report model (as issued, for a closed month) only. */
export async function exportMonthlyOverview(
  workspace: Workspace,
  today: IsoDate,
  language: Language,
  request: ExportRequest,
): Promise<ExportedFile[]> {
  // A closed month is exported as it was issued, with its revision and corrections as extra tables.
  const { model, closing } = rangeReport(
    workspace,
    request.month,
    request.lastMonth ?? request.month,
    today,
    request.personId,
  );
  const tables = [...overviewTables(model, language), ...closingTables(closing, language)];
  const base = `${baseName(model, workspace, language)}${revisionSuffix(closing, language)}`;
  if (request.format === 'xlsx') {
    const [y, m, d] = model.madeOn.split('-').map(Number) as [number, number, number];
    const buffer = await writeXlsx(tables, {
      title: base,
      organisation: model.organisationName,
      madeOn: new Date(Date.UTC(y, m - 1, d)),
    });
    return [{ name: `${base}.xlsx`, mimeType: XLSX_MIME, base64: buffer.toString('base64') }];
  }
  const separator = request.separator ?? workspace.settings.csvSeparator;
  return tables.map((table) => ({
    name: `${base}-${table.title.toLowerCase().replace(/\s+/g, '-')}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    base64: Buffer.from(writeCsv(table, separator, language), 'utf8').toString('base64'),
  }));
}
