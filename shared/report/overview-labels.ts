import type { Language } from '../schemas/index.ts';

/*
 * Every title and label of the monthly overview's tables, in one place for the PDF page (renderer),
 * the XLSX and the CSV (main process or web host). They live in shared/ because both sides need
 * them and shared/ may not import the renderer's i18n. Titles double as sheet names: at most 31
 * characters, none of `/ \ ? * [ ] :`.
 */
const nl = {
  titles: {
    summary: 'Samenvatting', clients: 'Omzet per klant', reasons: 'Meest genoemde redenen', income: 'Overige inkomsten', value: 'Gecreëerde waarde',
    placements: 'Detacheringen', requests: 'Aanvragen', capacity: 'Capaciteit',
  },
  empty: {
    reasons: 'Geen redenen opgegeven.', income: 'Geen overige inkomsten deze maand.', value: 'Geen gecreëerde waarde vastgelegd deze maand.',
    placements: 'Geen detacheringen deze maand.', requests: 'Geen aanvragen afgesloten deze maand.', clients: 'Geen omzet per klant deze maand.',
  },
  periods: { figure: 'Kengetal', client: 'Klant', current: 'Deze maand', previous: 'Vorige maand', lastYear: 'Zelfde maand vorig jaar' },
  rangePeriods: { current: 'Deze periode', previous: 'Vorige periode', lastYear: 'Zelfde periode vorig jaar' },
  summary: {
    revenue: 'Omzet', placementRevenue: 'Omzet detacheringen', otherIncome: 'Overige inkomsten', value: 'Gecreëerde waarde',
    hoursTotal: 'Ingezette uren', hoursStructural: 'Uren vaste ondersteuning', hoursPlacements: 'Uren detacheringen', hoursAdhoc: 'Uren ad hoc',
    utilisation: 'Gemiddelde bezetting', done: 'Aanvragen afgerond', declined: 'Aanvragen afgewezen', deferred: 'Aanvragen uitgesteld',
    satisfaction: 'Tevredenheid (1–5)', medianDays: 'Doorlooptijd (mediaan, dagen)',
  },
  reasons: { reason: 'Reden (afgewezen of uitgesteld)', count: 'Aantal' },
  income: { date: 'Datum', what: 'Wat', kind: 'Soort', amount: 'Bedrag' },
  incomeKinds: { sponsoring: 'Sponsoring', training: 'Training', other: 'Overig' },
  value: { date: 'Datum', what: 'Wat', beneficiary: 'Voor wie', hours: 'Uren', rate: 'Tarief', amount: 'Bedrag', requestsDone: 'Afgeronde aanvragen ({{count}})' },
  placements: { person: 'Medewerker', client: 'Klant', status: 'Status', basis: 'Basis', hours: 'Uren', revenue: 'Omzet', realised: 'gerealiseerd', planned: 'gepland' },
  status: { confirmed: 'bevestigd', ended: 'beëindigd', done: 'afgerond', declined: 'afgewezen', deferred: 'uitgesteld' },
  requests: { title: 'Aanvraag', requester: 'Aanvrager', department: 'Afdeling', status: 'Status', createdOn: 'Ontvangen', closedOn: 'Gesloten', hours: 'Uren', satisfaction: 'Tevredenheid', reason: 'Reden' },
  capacity: {
    person: 'Medewerker', contract: 'Contracturen', holiday: 'Feestdagen', leave: 'Verlof', available: 'Beschikbaar', structural: 'Vaste ondersteuning',
    placements: 'Detacheringen', adhoc: 'Ad hoc', committed: 'Toegezegd', spare: 'Vrij', utilisation: 'Bezetting', requestsDone: 'Aanvragen afgerond',
  },
  total: 'Totaal',
};
export type OverviewLabels = typeof nl;

const en: OverviewLabels = {
  titles: {
    summary: 'Summary', clients: 'Revenue per client', reasons: 'Top reasons', income: 'Other income', value: 'Value created',
    placements: 'Placements', requests: 'Requests', capacity: 'Capacity',
  },
  empty: {
    reasons: 'No reasons given.', income: 'No other income this month.', value: 'No value created recorded this month.',
    placements: 'No placements this month.', requests: 'No requests closed this month.', clients: 'No revenue per client this month.',
  },
  periods: { figure: 'Figure', client: 'Client', current: 'This month', previous: 'Previous month', lastYear: 'Same month last year' },
  rangePeriods: { current: 'This period', previous: 'Previous period', lastYear: 'Same period last year' },
  summary: {
    revenue: 'Revenue', placementRevenue: 'Placement revenue', otherIncome: 'Other income', value: 'Value created',
    hoursTotal: 'Hours deployed', hoursStructural: 'Hours structural support', hoursPlacements: 'Hours placements', hoursAdhoc: 'Hours ad hoc',
    utilisation: 'Average utilisation', done: 'Requests done', declined: 'Requests declined', deferred: 'Requests deferred',
    satisfaction: 'Satisfaction (1–5)', medianDays: 'Lead time (median, days)',
  },
  reasons: { reason: 'Reason (declined or deferred)', count: 'Count' },
  income: { date: 'Date', what: 'What', kind: 'Kind', amount: 'Amount' },
  incomeKinds: { sponsoring: 'Sponsoring', training: 'Training', other: 'Other' },
  value: { date: 'Date', what: 'What', beneficiary: 'For whom', hours: 'Hours', rate: 'Rate', amount: 'Amount', requestsDone: 'Completed requests ({{count}})' },
  placements: { person: 'Person', client: 'Client', status: 'Status', basis: 'Basis', hours: 'Hours', revenue: 'Revenue', realised: 'realised', planned: 'planned' },
  status: { confirmed: 'confirmed', ended: 'ended', done: 'done', declined: 'declined', deferred: 'deferred' },
  requests: { title: 'Request', requester: 'Requester', department: 'Department', status: 'Status', createdOn: 'Received', closedOn: 'Closed', hours: 'Hours', satisfaction: 'Satisfaction', reason: 'Reason' },
  capacity: {
    person: 'Person', contract: 'Contract hours', holiday: 'Holidays', leave: 'Leave', available: 'Available', structural: 'Structural support',
    placements: 'Placements', adhoc: 'Ad hoc', committed: 'Committed', spare: 'Spare', utilisation: 'Utilisation', requestsDone: 'Requests done',
  },
  total: 'Total',
};

export function overviewLabels(language: Language): OverviewLabels {
  return language === 'nl' ? nl : en;
}
