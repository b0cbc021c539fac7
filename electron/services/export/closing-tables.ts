import type { FigureChange, FigureKey } from '../../../shared/closing/index.ts';
import type { ClosingInfo } from '../../../shared/closing/index.ts';
import { formatDate } from '../../../shared/format.ts';
import type { Language } from '../../../shared/schemas/index.ts';
import type { Cell, ReportTable, Row } from '../../../shared/report/index.ts';

/* The texts of a closed month's extra tables; kept apart from shared/report/overview-labels.ts so the report's own tables stay as they are. */
const nl = {
  figures: {
    revenue: 'Omzet',
    placementRevenue: 'Omzet detacheringen',
    otherIncome: 'Overige inkomsten',
    value: 'Gecreëerde waarde',
    client: 'Omzet',
    placementHours: 'Uren detacheringen (basis omzet)',
    hoursStructural: 'Uren vaste ondersteuning',
    hoursPlacements: 'Uren detacheringen',
    hoursAdhoc: 'Uren ad hoc',
    hoursTotal: 'Uren totaal',
    utilisation: 'Gemiddelde bezetting',
    done: 'Aanvragen afgerond',
    declined: 'Aanvragen afgewezen',
    deferred: 'Aanvragen uitgesteld',
    contract: 'Contracturen',
    holiday: 'Feestdagen',
    leave: 'Verlof',
    available: 'Beschikbaar',
    spare: 'Vrij',
  } satisfies Record<FigureKey, string>,
  revised: 'Gewijzigd sinds eerste uitgave',
  corrections: 'Correcties na afsluiten',
  figure: 'Kengetal',
  first: (d: string) => `Eerste uitgave ${d}`,
  issue: (d: string) => `Herziene uitgave ${d}`,
  reported: (d: string) => `Gerapporteerd ${d}`,
  now: 'Nu',
  difference: 'Verschil',
  fileSuffix: 'herzien',
};
type Labels = typeof nl;
const en: Labels = {
  figures: {
    revenue: 'Revenue',
    placementRevenue: 'Placement revenue',
    otherIncome: 'Other income',
    value: 'Value created',
    client: 'Revenue',
    placementHours: 'Placement hours (revenue basis)',
    hoursStructural: 'Hours structural support',
    hoursPlacements: 'Hours placements',
    hoursAdhoc: 'Hours ad hoc',
    hoursTotal: 'Hours total',
    utilisation: 'Average utilisation',
    done: 'Requests done',
    declined: 'Requests declined',
    deferred: 'Requests deferred',
    contract: 'Contract hours',
    holiday: 'Holidays',
    leave: 'Leave',
    available: 'Available',
    spare: 'Spare',
  },
  revised: 'Changed since first issue',
  corrections: 'Corrections after closing',
  figure: 'Figure',
  first: (d: string) => `First issue ${d}`,
  issue: (d: string) => `Revised issue ${d}`,
  reported: (d: string) => `Reported ${d}`,
  now: 'Now',
  difference: 'Difference',
  fileSuffix: 'revised',
};

const labels = (language: Language): Labels => (language === 'nl' ? nl : en);

function changeRow(change: FigureChange, l: Labels): Row {
  const name = change.label ? `${l.figures[change.figure]}: ${change.label}` : l.figures[change.figure];
  const cell = (value: number): Cell => ({ kind: change.kind, value });
  return { cells: [name, cell(change.reported), cell(change.now), cell(change.now - change.reported)] };
}

/** A revised report lists what changed since the first issue; a closed month edited since lists its corrections. */
export function closingTables(closing: ClosingInfo | null, language: Language): ReportTable[] {
  if (!closing) return [];
  const l = labels(language);
  const date = (d: string) => formatDate(d, language);
  const tables: ReportTable[] = [];
  if (closing.changesSinceFirst.length > 0) {
    tables.push({
      key: 'revision',
      title: l.revised,
      headers: [l.figure, l.first(date(closing.firstIssuedOn)), l.issue(date(closing.issuedOn)), l.difference],
      widths: [44, 26, 26, 16],
      rows: closing.changesSinceFirst.map((c) => changeRow(c, l)),
      total: null,
      empty: '',
    });
  }
  if (closing.closed && closing.corrections.length > 0) {
    tables.push({
      key: 'corrections',
      title: l.corrections,
      headers: [l.figure, l.reported(date(closing.issuedOn)), l.now, l.difference],
      widths: [44, 26, 16, 16],
      rows: closing.corrections.map((c) => changeRow(c, l)),
      total: null,
      empty: '',
    });
  }
  return tables;
}

/** `…-herzien` / `…-revised` on the files of a revised issue, so the two issues are told apart. */
export function revisionSuffix(closing: ClosingInfo | null, language: Language): string {
  return closing?.closed && closing.revised ? `-${labels(language).fileSuffix}` : '';
}
