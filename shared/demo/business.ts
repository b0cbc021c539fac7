import type { Client, Placement } from '../schemas/index.ts';
import type { Ledger } from './ledger.ts';
import { asciiSlug, randomName } from './names.ts';
import { isActive, type PersonPlan } from './people.ts';
import type { Rng } from './random.ts';
import type { Timeline } from './timeline.ts';

/** Tenants in the building come first: they are the model case's main source of placement revenue. */
const clientCatalogue: readonly (readonly [string, Client['kind']])[] = [
  ['Stichting Vakopleiding (huurder)', 'tenant'],
  ['Brancheinstituut Kennis & Data (huurder)', 'tenant'],
  ['Pensioenfonds Sector (extern)', 'external'],
  ['Afdeling Beleid & Lobby (intern)', 'internal'],
  ['Opleidingsfonds Branche (huurder)', 'tenant'],
  ['Stichting Arbeidsmarktplatform (huurder)', 'tenant'],
  ['Geschillencommissie Branche (extern)', 'external'],
  ['Afdeling Communicatie (intern)', 'internal'],
  ['Kenniscentrum Veilig Werken (huurder)', 'tenant'],
  ['Stichting Keurmerk Branche (huurder)', 'tenant'],
  ['Sociaal Fonds Sector (extern)', 'external'],
  ['Afdeling Leden & Markt (intern)', 'internal'],
  ['Examencentrum Branche (huurder)', 'tenant'],
  ['Vereniging Jonge Ondernemers (extern)', 'external'],
  ['Stichting Innovatiefonds (huurder)', 'tenant'],
  ['Afdeling Financiën (intern)', 'internal'],
  ['Regionaal Platform Zuid (extern)', 'external'],
  ['Stichting Duurzaam Ondernemen (huurder)', 'tenant'],
  ['Europees Branchebureau (extern)', 'external'],
  ['Afdeling ICT (intern)', 'internal'],
];

export function clientCount(people: number): number {
  return Math.min(clientCatalogue.length, Math.max(3, 3 + Math.round(people / 25)));
}

export function planClients(people: number, rng: Rng): Client[] {
  return clientCatalogue.slice(0, clientCount(people)).map(([name, kind], i) => {
    const contactName = randomName(rng);
    const [first = '', ...last] = contactName.split(' ');
    return {
      id: `c${i + 1}`,
      name,
      kind,
      contactName,
      contactEmail: `${asciiSlug(first).charAt(0)}.${asciiSlug(last.join(''))}@example.nl`,
      // Internal departments pay a cost-covering rate; outside organisations pay more.
      defaultRateCents: (kind === 'internal' ? rng.int(48, 55) : rng.int(55, 68)) * 100,
    };
  });
}

const placementNotes = [
  'Vervanging managementassistent tijdens zwangerschapsverlof',
  'Ondersteuning bestuurssecretariaat',
  'Tijdelijke versterking ledenadministratie',
  'Secretariaat projectteam jaarcongres',
  'Agendabeheer directie tijdens vacature',
  'Notuleren commissievergaderingen',
  '',
] as const;

type Draft = {
  person: PersonPlan;
  client: Client;
  from: number;
  to: number | null;
  hours: number;
  status: Placement['status'];
};

/** Free hours of a person in the first weeks of a placement, after structural support and leave. */
function roomFor(person: PersonPlan, from: number, ledger: Ledger, tl: Timeline): number {
  let room = Infinity;
  for (let week = tl.week(from); week < tl.week(from) + 4; week++) room = Math.min(room, ledger.free(person, week));
  return room;
}

export function planPlacements(
  people: readonly PersonPlan[],
  clients: readonly Client[],
  rng: Rng,
  tl: Timeline,
  ledger: Ledger,
): Placement[] {
  const history = tl.today - tl.start;
  const pastCount = Math.max(3, Math.round((people.length * 0.4 * history) / 365));
  const proposedCount = people.length <= 20 ? rng.int(1, 2) : Math.round(people.length / 15);
  const busy = new Map<PersonPlan, [number, number][]>();
  const drafts: Draft[] = [];

  const place = (from: number, to: number | null, status: Placement['status']): void => {
    const end = to ?? tl.end;
    if (end < from) return;
    const commit = (person: PersonPlan, hours: number): void => {
      busy.set(person, [...(busy.get(person) ?? []), [from, end]]);
      drafts.push({ person, client: rng.pick(clients), from, to, hours, status });
    };
    // Walk the team from a random starting point, so a placement is made whenever anyone can take it.
    const start = rng.int(0, people.length - 1);
    let fallback: PersonPlan | null = null;
    for (let k = 0; k < people.length; k++) {
      const person = people[(start + k) % people.length]!;
      if (!isActive(person, from, end) || (busy.get(person) ?? []).some(([a, b]) => from <= b && end >= a)) continue;
      // Leave a few hours for ad-hoc requests; nobody is placed for fewer than 8 hours.
      const max = Math.min(24, Math.floor((roomFor(person, from, ledger, tl) - 4) / 2) * 2);
      if (max >= 8) return commit(person, rng.hours(8, max, 2));
      fallback ??= person;
    }
    if (fallback !== null) commit(fallback, 8);
  };

  // One open-ended placement running now and one finished early in the year, whatever the seed.
  place(tl.monthStart(tl.today - rng.int(60, 120)), null, 'confirmed');
  const early = tl.monthStart(tl.start + rng.int(20, 60));
  place(early, Math.min(tl.monthEnd(tl.addMonths(early, rng.int(2, 4))), tl.today - 1), 'ended');
  for (let i = 2; i < pastCount; i++) {
    const from = tl.monthStart(rng.int(tl.start, tl.today - 45) + 20);
    const to = tl.monthEnd(tl.addMonths(from, rng.int(2, 9) - 1));
    const open = to >= tl.today && rng.chance(0.3);
    place(from, open ? null : to, to < tl.today ? 'ended' : 'confirmed');
  }
  for (let i = 0; i < proposedCount; i++) {
    const from = tl.monthStart(tl.addMonths(tl.today, rng.int(1, 2)));
    place(from, tl.monthEnd(tl.addMonths(from, rng.int(3, 6) - 1)), 'proposed');
  }
  drafts.sort((a, b) => a.from - b.from || a.person.index - b.person.index);

  for (const draft of drafts) {
    if (draft.status === 'proposed') continue;
    // Proposed work is not booked yet, so only agreed placements take up the person's week.
    ledger.addRange(
      draft.person,
      tl.week(draft.from),
      draft.to === null ? tl.weeks - 1 : tl.week(draft.to),
      draft.hours,
    );
  }

  const placements = drafts.map((draft, i): Placement => {
    const rate = draft.client.defaultRateCents + (rng.chance(0.2) ? rng.pick([-300, -200, 200, 300]) : 0);
    return {
      id: `pl${i + 1}`,
      personId: draft.person.id,
      clientId: draft.client.id,
      from: tl.iso(draft.from),
      to: draft.to === null ? null : tl.iso(draft.to),
      hoursPerWeek: draft.hours,
      rates: [{ from: tl.iso(draft.from), cents: rate }],
      status: draft.status,
      notes: rng.pick(placementNotes),
      corrections: [],
    };
  });
  addRateChanges(drafts, placements, rng, tl);
  addCorrections(drafts, placements, rng, tl);
  return placements;
}

/** An indexation from the first of a month: past months keep the old rate. */
function addRateChanges(drafts: readonly Draft[], placements: Placement[], rng: Rng, tl: Timeline): void {
  const eligible = placements.filter((_, i) => {
    const draft = drafts[i]!;
    return draft.status !== 'proposed' && tl.monthStart(tl.addMonths(draft.from, 2)) <= (draft.to ?? tl.end);
  });
  for (const placement of rng.sample(eligible, Math.max(1, Math.round(placements.length * 0.1)))) {
    const draft = drafts[placements.indexOf(placement)]!;
    const last = Math.min(draft.to ?? tl.end, tl.end);
    const later = tl.monthStart(
      tl.addMonths(draft.from, rng.int(1, Math.max(1, Math.floor((last - draft.from) / 31)))),
    );
    const from = later > draft.from && later <= last ? later : tl.monthStart(tl.addMonths(draft.from, 1));
    const first = placement.rates[0]!;
    if (from > draft.from && from <= last) {
      placement.rates.push({ from: tl.iso(from), cents: first.cents + rng.pick([150, 200, 250, 400]) });
    }
  }
}

/** The lead corrects a past month when the realised hours differed from the plan (illness, overtime). */
function addCorrections(drafts: readonly Draft[], placements: Placement[], rng: Rng, tl: Timeline): void {
  const thisMonth = tl.monthStart(tl.today);
  const eligible = placements.filter((_, i) => drafts[i]!.status !== 'proposed' && drafts[i]!.from < thisMonth);
  for (const placement of rng.sample(eligible, Math.max(2, Math.round(placements.length * 0.25)))) {
    const draft = drafts[placements.indexOf(placement)]!;
    const lastPast = Math.min(draft.to ?? thisMonth - 1, thisMonth - 1);
    const day = rng.int(draft.from, lastPast);
    placement.corrections.push({ month: tl.month(day), hours: rng.pick([-8, -6, -4, -3, 2, 4, 6]) });
  }
}
