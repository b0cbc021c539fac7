import { formatMonthRange } from '../../../shared/format.ts';
import type { Language } from '../../../shared/schemas/index.ts';

/*
 * Texts of the exported files. They live beside the writers (plain Node) rather than in the
 * renderer's i18n, because the files are made in the main process or the web host.
 */
const nl = {
  fileBase: 'Maandoverzicht',
  range: { fileBase: 'Overzicht', current: 'Deze periode', previous: 'Vorige periode', lastYear: 'Zelfde periode vorig jaar' },
  tables: { summary: 'Samenvatting', income: 'Overige inkomsten', value: 'Gecreëerde waarde', placements: 'Detacheringen', requests: 'Aanvragen', capacity: 'Capaciteit' },
  summary: {
    figure: 'Kengetal', current: 'Deze maand', previous: 'Vorige maand', lastYear: 'Zelfde maand vorig jaar',
    revenue: 'Omzet', placementRevenue: 'Omzet detacheringen', otherIncome: 'Overige inkomsten', value: 'Gecreëerde waarde',
    hoursStructural: 'Uren vaste ondersteuning', hoursPlacements: 'Uren detacheringen', hoursAdhoc: 'Uren ad hoc', hoursTotal: 'Uren totaal',
    utilisation: 'Gemiddelde bezetting', done: 'Aanvragen afgerond', declined: 'Aanvragen afgewezen', deferred: 'Aanvragen uitgesteld',
    satisfaction: 'Tevredenheid (1–5)', medianDays: 'Doorlooptijd (mediaan, dagen)', client: 'Omzet', reason: 'Reden',
  },
  income: { date: 'Datum', what: 'Wat', kind: 'Soort', amount: 'Bedrag' },
  incomeKinds: { sponsoring: 'Sponsoring', training: 'Training', other: 'Overig' },
  value: { date: 'Datum', what: 'Wat', beneficiary: 'Voor wie', hours: 'Uren', rate: 'Tarief', amount: 'Bedrag', requestsDone: 'Afgeronde aanvragen ({{count}})' },
  placements: { person: 'Medewerker', client: 'Klant', status: 'Status', basis: 'Basis', hours: 'Uren', revenue: 'Omzet', realised: 'gerealiseerd', planned: 'gepland', total: 'Totaal' },
  status: { confirmed: 'bevestigd', ended: 'beëindigd', done: 'afgerond', declined: 'afgewezen', deferred: 'uitgesteld' },
  requests: { title: 'Aanvraag', requester: 'Aanvrager', department: 'Afdeling', status: 'Status', createdOn: 'Ontvangen', closedOn: 'Gesloten', hours: 'Uren', satisfaction: 'Tevredenheid', reason: 'Reden' },
  capacity: {
    person: 'Medewerker', contract: 'Contracturen', holiday: 'Feestdagen', leave: 'Verlof', available: 'Beschikbaar', structural: 'Vaste ondersteuning',
    placements: 'Detacheringen', adhoc: 'Ad hoc', committed: 'Toegezegd', spare: 'Vrij', utilisation: 'Bezetting', requestsDone: 'Aanvragen afgerond', total: 'Totaal',
  },
};
type Labels = typeof nl;

const en: Labels = {
  fileBase: 'Monthly-overview',
  range: { fileBase: 'Overview', current: 'This period', previous: 'Previous period', lastYear: 'Same period last year' },
  tables: { summary: 'Summary', income: 'Other income', value: 'Value created', placements: 'Placements', requests: 'Requests', capacity: 'Capacity' },
  summary: {
    figure: 'Figure', current: 'This month', previous: 'Previous month', lastYear: 'Same month last year',
    revenue: 'Revenue', placementRevenue: 'Placement revenue', otherIncome: 'Other income', value: 'Value created',
    hoursStructural: 'Hours structural support', hoursPlacements: 'Hours placements', hoursAdhoc: 'Hours ad hoc', hoursTotal: 'Hours total',
    utilisation: 'Average utilisation', done: 'Requests done', declined: 'Requests declined', deferred: 'Requests deferred',
    satisfaction: 'Satisfaction (1–5)', medianDays: 'Lead time (median, days)', client: 'Revenue', reason: 'Reason',
  },
  income: { date: 'Date', what: 'What', kind: 'Kind', amount: 'Amount' },
  incomeKinds: { sponsoring: 'Sponsoring', training: 'Training', other: 'Other' },
  value: { date: 'Date', what: 'What', beneficiary: 'For whom', hours: 'Hours', rate: 'Rate', amount: 'Amount', requestsDone: 'Completed requests ({{count}})' },
  placements: { person: 'Person', client: 'Client', status: 'Status', basis: 'Basis', hours: 'Hours', revenue: 'Revenue', realised: 'realised', planned: 'planned', total: 'Total' },
  status: { confirmed: 'confirmed', ended: 'ended', done: 'done', declined: 'declined', deferred: 'deferred' },
  requests: { title: 'Request', requester: 'Requester', department: 'Department', status: 'Status', createdOn: 'Received', closedOn: 'Closed', hours: 'Hours', satisfaction: 'Satisfaction', reason: 'Reason' },
  capacity: {
    person: 'Person', contract: 'Contract hours', holiday: 'Holidays', leave: 'Leave', available: 'Available', structural: 'Structural support',
    placements: 'Placements', adhoc: 'Ad hoc', committed: 'Committed', spare: 'Spare', utilisation: 'Utilisation', requestsDone: 'Requests completed', total: 'Total',
  },
};

export function exportLabels(language: Language): Labels {
  return language === 'nl' ? nl : en;
}

const safe = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * `Maandoverzicht-2026-10` / `Monthly-overview-2026-10`, plus the person's name for a personal
 * statement; a range reads as its label, `Overzicht-mrt-aug-2026` / `Overview-Mar-Aug-2026`.
 */
export function fileBase(language: Language, month: string, personName?: string, lastMonth?: string): string {
  const person = personName ? `-${safe(personName)}` : '';
  if (lastMonth && lastMonth !== month) return `${exportLabels(language).range.fileBase}-${safe(formatMonthRange(month, lastMonth, language))}${person}`;
  return `${exportLabels(language).fileBase}-${month}${person}`;
}
