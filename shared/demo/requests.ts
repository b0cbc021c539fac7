import type { Assignment, Client, RequestStatus, SupportRequest } from '../schemas/index.ts';
import type { Ledger } from './ledger.ts';
import { randomName } from './names.ts';
import { idFor, isActive, type PersonPlan, type SkillKey } from './people.ts';
import type { Rng } from './random.ts';
import { declineReasons, deferReasons, requestTemplates, type RequestTemplate } from './request-templates.ts';
import type { Timeline } from './timeline.ts';

/** A little over one request per team member per month. */
const REQUESTS_PER_PERSON_PER_YEAR = 14;

type Context = {
  people: readonly PersonPlan[];
  /** People per combination of skills, built once: a request's candidates without scanning the team. */
  pools: Map<string, readonly PersonPlan[]>;
  rng: Rng;
  tl: Timeline;
  ledger: Ledger;
};

const weightedTemplates = requestTemplates.map((t) => [t, t.weight] as const);

/** Old requests are settled; only the last weeks still hold new, running and postponed work. */
function statusFor(age: number, rng: Rng): RequestStatus {
  if (age <= 7) {
    return rng.weighted([
      ['new', 35],
      ['assigned', 28],
      ['in_progress', 12],
      ['deferred', 12],
      ['declined', 5],
      ['done', 8],
    ] as const);
  }
  if (age <= 28) {
    return rng.weighted([
      ['new', 4],
      ['assigned', 8],
      ['in_progress', 26],
      ['deferred', 10],
      ['declined', 8],
      ['done', 44],
    ] as const);
  }
  return rng.weighted([
    ['done', 91],
    ['declined', 9],
  ] as const);
}

const closedDays = new Set(['12-25', '12-26', '01-01']);

/** The nearest earlier working day: nobody sets a deadline on a Sunday or on Christmas Day. */
function workday(day: number, tl: Timeline, notBefore: number): number {
  let d = day;
  while (d > notBefore && (tl.weekday(d) >= 5 || closedDays.has(tl.iso(d).slice(5)))) d--;
  return d;
}

/** Someone with a fitting skill who is employed for the whole job and has the most room in its first week. */
function pickPerson(
  ctx: Context,
  skills: readonly SkillKey[],
  from: number,
  to: number,
  exclude: PersonPlan | null,
): PersonPlan | null {
  const { rng, ledger, tl } = ctx;
  const fits = (p: PersonPlan): boolean => p !== exclude && isActive(p, from, to);
  const key = skills.join('+');
  let pool = ctx.pools.get(key);
  if (pool === undefined) {
    pool = ctx.people.filter((p) => skills.some((skill) => p.skills.includes(skill)));
    ctx.pools.set(key, pool);
  }
  let best: PersonPlan | null = null;
  for (let attempt = 0; attempt < 8 && pool.length > 0; attempt++) {
    const candidate = rng.pick(pool);
    if (
      fits(candidate) &&
      (best === null || ledger.free(candidate, tl.week(from)) > ledger.free(best, tl.week(from)))
    ) {
      best = candidate;
    }
  }
  // No one with the skill is employed for the whole job: any colleague will do, as in real life.
  for (let attempt = 0; best === null && attempt < 8; attempt++) {
    const candidate = rng.pick(ctx.people);
    if (fits(candidate)) best = candidate;
  }
  if (best !== null) return best;
  const anyone = ctx.people.filter(fits);
  return anyone.length > 0 ? rng.pick(anyone) : null;
}

/** Splits the estimate into weekly pieces across one or two people, as a lead plans ad-hoc work. */
function assign(
  ctx: Context,
  hours: number,
  skills: readonly SkillKey[],
  firstWeek: number,
  lastWeek: number,
): Assignment[] {
  const { rng, tl, ledger } = ctx;
  const from = firstWeek * 7;
  const to = lastWeek * 7 + 4;
  const primary = pickPerson(ctx, skills, from, to, null);
  if (primary === null) return [];
  const team = [primary];
  if (hours >= 6 && rng.chance(0.5)) {
    const second = pickPerson(ctx, skills, from, to, primary);
    if (second !== null) team.push(second);
  }
  const weeks = lastWeek - firstWeek + 1;
  const quarters = Math.round(hours * 4);
  const pieces = Math.max(1, Math.min(Math.ceil(hours / rng.pick([1, 1.5, 2, 2, 3])), weeks * team.length, quarters));
  const merged = new Map<string, Assignment>();
  for (let k = 0; k < pieces; k++) {
    const week = firstWeek + Math.floor((k * weeks) / pieces);
    const share = Math.floor(quarters / pieces) + (k < quarters % pieces ? 1 : 0);
    const preferred = team[k % team.length]!;
    const person = team.reduce((a, b) => (ledger.free(b, week) > ledger.free(a, week) + 4 ? b : a), preferred);
    const key = `${person.id}/${week}`;
    const existing = merged.get(key);
    if (existing) existing.hours += share / 4;
    else merged.set(key, { personId: person.id, week: tl.weekKey(week), hours: share / 4 });
    ledger.add(person, week, share / 4);
  }
  return [...merged.values()];
}

/** A made-up address on a reserved domain (RFC 2606), so a demo draft can never reach a real person. */
function demoAddress(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local || 'aanvrager'}@brancheorganisatie.example`;
}

function build(
  ctx: Context,
  created: number,
  status: RequestStatus,
  clients: readonly Client[],
  id: string,
): SupportRequest {
  const { rng, tl } = ctx;
  const template: RequestTemplate = rng.weighted(weightedTemplates);
  const estimate = Math.max(1, rng.hours(template.hours[0], template.hours[1], rng.chance(0.8) ? 0.5 : 0.25));
  const urgency = rng.weighted([
    ['low', 20],
    ['normal', 60],
    ['high', 20],
  ] as const);
  const lead = Math.max(
    urgency === 'high' ? rng.int(2, 7) : urgency === 'normal' ? rng.int(5, 28) : rng.int(14, 45),
    Math.ceil(estimate / 8) * 3,
  );
  let deadline = workday(created + lead, tl, created);
  if ((status === 'new' || status === 'assigned' || status === 'in_progress') && deadline < tl.today + 2) {
    // Open work with a deadline already past would be stale; in practice the deadline was moved.
    deadline = workday(tl.today + rng.int(3, 14), tl, tl.today);
  }
  const outsiders = clients.filter((c) => c.kind !== 'internal');
  const client = outsiders.length > 0 && rng.chance(0.07) ? rng.pick(outsiders) : null;

  // Drawn in the order they always were, so the demo stays the same workspace.
  const title = rng.pick(template.titles);
  const requesterName = client?.contactName || randomName(rng);
  const request: SupportRequest = {
    id,
    title,
    requesterName,
    requesterEmail: client?.contactEmail || demoAddress(requesterName),
    requesterLanguage: 'nl',
    department: client ? '' : rng.pick(template.departments),
    clientId: client?.id ?? null,
    goal: template.goal,
    deliverable: template.deliverable,
    windowFrom: rng.chance(0.15) ? tl.iso(created + rng.int(0, Math.floor((deadline - created) / 2))) : null,
    deadline: tl.iso(deadline),
    estimatedHours: estimate,
    skills: [...template.skills],
    urgency,
    requesterSupplies: template.supplies,
    doneWhen: template.doneWhen,
    status,
    createdOn: tl.iso(created),
    closedOn: null,
    reason: '',
    deferredTo: null,
    assignments: [],
    actualHours: null,
    satisfaction: null,
    loggedAfterTheFact: false,
  };

  switch (status) {
    case 'declined':
      request.closedOn = tl.iso(Math.min(tl.today, created + rng.int(0, 2)));
      request.reason = rng.pick(declineReasons);
      break;
    case 'deferred':
      request.reason = rng.pick(deferReasons);
      request.deferredTo = tl.weekKey(tl.week(tl.today) + rng.int(1, 3));
      break;
    case 'assigned':
      request.assignments = assign(
        ctx,
        estimate,
        template.skills,
        Math.max(tl.week(created), tl.week(tl.today)),
        tl.week(deadline),
      );
      break;
    case 'in_progress':
      request.assignments = assign(ctx, estimate, template.skills, tl.week(created), tl.week(deadline));
      break;
    case 'done': {
      const last = Math.max(created, Math.min(deadline, tl.today));
      // Most work is finished close to its deadline, not the day it comes in.
      const closed = workday(last - rng.int(0, Math.min(4, last - created)), tl, created);
      request.closedOn = tl.iso(closed);
      request.assignments = assign(ctx, estimate, template.skills, tl.week(created), tl.week(closed));
      request.actualHours = Math.min(2000, Math.max(0.25, Math.round(estimate * (0.7 + rng.next() * 0.7) * 4) / 4));
      request.satisfaction = rng.weighted([
        [null, 15],
        [5, 40],
        [4, 38],
        [3, 15],
        [2, 5],
        [1, 2],
      ] as const);
      // Work done on a phone call and entered afterwards: the lead wants it visible all the same.
      request.loggedAfterTheFact = rng.chance(0.04);
      break;
    }
    case 'new':
      break;
  }
  return request;
}

export function planRequests(
  people: readonly PersonPlan[],
  clients: readonly Client[],
  rng: Rng,
  tl: Timeline,
  ledger: Ledger,
): SupportRequest[] {
  const ctx: Context = { people, pools: new Map(), rng, tl, ledger };
  const count = Math.max(1, Math.round((people.length * REQUESTS_PER_PERSON_PER_YEAR * (tl.today - tl.start)) / 365));
  const created = Array.from({ length: count }, () => workday(rng.int(tl.start, tl.today), tl, tl.start)).sort(
    (a, b) => a - b,
  );
  const statuses = created.map((day) => statusFor(tl.today - day, rng));
  // Every demo shows open work, and that saying no or "next week" is normal, whatever the seed.
  const required: readonly RequestStatus[] = ['deferred', 'declined', 'new', 'assigned', 'in_progress'];
  for (const status of required) {
    if (statuses.includes(status)) continue;
    // Take the most recent request whose status the demo can spare.
    const spare = statuses.findLastIndex((s) => !required.includes(s) || statuses.filter((t) => t === s).length > 1);
    if (spare >= 0) statuses[spare] = status;
  }

  const width = Math.max(4, String(count).length);
  return created.map((day, i) => {
    const status = statuses[i]!;
    const request = build(ctx, day, status, clients, idFor('r', i + 1, width));
    if (request.assignments.length === 0 && (status === 'assigned' || status === 'in_progress' || status === 'done')) {
      // Nobody was employed for the whole job (a tiny team): the honest answer was no.
      return {
        ...request,
        status: 'declined',
        closedOn: request.createdOn,
        reason: declineReasons[2],
        actualHours: null,
        satisfaction: null,
        loggedAfterTheFact: false,
      };
    }
    return request;
  });
}
