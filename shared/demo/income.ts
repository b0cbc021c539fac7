import type { Client, IncomeEntry, ValueEntry } from '../schemas/index.ts';
import type { Rng } from './random.ts';
import type { Timeline } from './timeline.ts';

/** The team's own events, with the date each falls on in a given year. */
const events: readonly (readonly [string, (year: number, tl: Timeline) => number])[] = [
  ['Nieuwjaarsbijeenkomst', (year, tl) => tl.dayOfDate(year, 0, 15)],
  // Secretaressedag is the third Thursday of April.
  [
    'Secretaressedag',
    (year, tl) => {
      const first = tl.dayOfDate(year, 3, 1);
      return first + ((3 - tl.weekday(first) + 7) % 7) + 14;
    },
  ],
  ['Zomerborrel leden', (year, tl) => tl.dayOfDate(year, 5, 26)],
  ['Kennisdag managementondersteuning', (year, tl) => tl.dayOfDate(year, 9, 2)],
  ['Ledencongres', (year, tl) => tl.dayOfDate(year, 10, 12)],
];

const sponsors = [
  'Kantoorvakhuis BV',
  'Cateraar De Smaak',
  'Drukkerij Van Dam',
  'Reisbureau Zakelijk Op Weg',
  'Vergadercentrum De Boog',
  'Softwarehuis Agendo',
  'Bloemenhuis Fleur',
  'Koffiebranderij Bonenberg',
] as const;

const trainings = [
  'Training notuleren voor afdeling Beleid',
  'Workshop SharePoint voor Team Communicatie',
  'Training agendabeheer in Outlook',
  'Workshop effectief vergaderen',
  'Training reisplanning en declaraties',
  'Cursus zakelijk Engels schrijven',
] as const;

const others = [
  'Vergoeding organisatie ledenreis',
  'Doorbelaste zaalverhuur',
  'Bijdrage congresorganisatie partner',
] as const;

const valueWork: readonly (readonly [string, string])[] = [
  ['Onboarding nieuwe medewerkers in SharePoint', 'ICT-servicedesk'],
  ['Reisboekingen zelf verzorgd in plaats van via reisbureau', 'Financiën'],
  ['Notuleren ondernemingsraad', 'Ondernemingsraad'],
  ['Ledenadministratie opgeschoond', 'Leden & Markt'],
  ['Vertaling brochures in eigen beheer', 'Communicatie'],
  ['Archief bestuursstukken gedigitaliseerd', 'Bestuur'],
  ['Catering en zalen centraal ingekocht', 'Facilitaire zaken'],
  ['Introductieprogramma nieuwe medewerkers verzorgd', 'HR'],
];

function inWindow(day: number, tl: Timeline): boolean {
  return day >= tl.start && day <= tl.today;
}

export function planIncome(people: number, clients: readonly Client[], rng: Rng, tl: Timeline): IncomeEntry[] {
  const drafts: Omit<IncomeEntry, 'id'>[] = [];
  const sponsorsPerEvent = Math.min(6, 2 + Math.floor(people / 60));
  for (let year = tl.year(tl.start); year <= tl.year(tl.today); year++) {
    for (const [event, dateOf] of events) {
      const eventDay = dateOf(year, tl);
      for (const sponsor of rng.sample(sponsors, rng.int(1, sponsorsPerEvent))) {
        // Sponsors pay some weeks before the event.
        const day = eventDay - rng.int(7, 42);
        if (!inWindow(day, tl)) continue;
        drafts.push({
          date: tl.iso(day),
          kind: 'sponsoring',
          description: `Sponsoring ${event} ${year} (${sponsor})`,
          amountCents: rng.int(10, 50) * 5000,
          clientId: null,
        });
      }
    }
  }
  const internal = clients.filter((c) => c.kind === 'internal');
  const months = Math.round((tl.today - tl.start) / 30.4);
  const trainingCount = Math.max(1, Math.round(months * (0.5 + people / 60)));
  const slot = (tl.today - tl.start) / trainingCount;
  for (let i = 0; i < trainingCount; i++) {
    drafts.push({
      // One per time slot, so the trainings spread over the whole history rather than bunching up.
      date: tl.iso(tl.start + Math.floor((i + rng.next()) * slot)),
      kind: 'training',
      description: rng.pick(trainings),
      amountCents: rng.int(8, 30) * 5000,
      clientId: internal.length > 0 && rng.chance(0.5) ? rng.pick(internal).id : null,
    });
  }
  for (let i = Math.max(1, Math.round(months / 6)); i > 0; i--) {
    drafts.push({
      date: tl.iso(rng.int(tl.start, tl.today)),
      kind: 'other',
      description: rng.pick(others),
      amountCents: rng.int(4, 20) * 5000,
      clientId: null,
    });
  }
  drafts.sort((a, b) => a.date.localeCompare(b.date));
  const width = Math.max(3, String(drafts.length).length);
  return drafts.map((entry, i) => ({ id: `i${String(i + 1).padStart(width, '0')}`, ...entry }));
}

/** Cost avoided elsewhere, a few times a month: the story the directors otherwise never hear. */
export function planValue(people: number, rng: Rng, tl: Timeline): ValueEntry[] {
  const drafts: Omit<ValueEntry, 'id'>[] = [];
  const perMonth = Math.max(1, Math.round(people / 12));
  for (let month = tl.monthStart(tl.start); month <= tl.today; month = tl.addMonths(month, 1)) {
    for (let i = rng.int(Math.max(1, perMonth - 1), perMonth + 1); i > 0; i--) {
      const day = month + rng.int(0, 27);
      if (!inWindow(day, tl)) continue;
      const [work, beneficiary] = rng.pick(valueWork);
      drafts.push({
        date: tl.iso(day),
        description: `${work} (bespaard voor ${beneficiary})`,
        beneficiary,
        hours: rng.hours(4, 30, 0.5),
      });
    }
  }
  drafts.sort((a, b) => a.date.localeCompare(b.date));
  const width = Math.max(3, String(drafts.length).length);
  return drafts.map((entry, i) => ({ id: `v${String(i + 1).padStart(width, '0')}`, ...entry }));
}
