import { format, parseISO, subMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../schemas/index.ts';
import { defaultSettings, emptyWorkspace, generateDemoWorkspace } from './index.ts';
import { firstNames, lastNames } from './names.ts';
import { skillKeys } from './people.ts';
import { danglingReferences, duplicateIds, isoAdd, weekBounds } from './test-helpers.ts';

const weekOf = (date: string): string => {
  const d = parseISO(date);
  return `${format(d, 'RRRR')}-W${format(d, 'II')}`;
};

/** The model case on an ordinary day, around New Year and on a leap day: the guarantees hold for any seed. */
const cases = [
  { today: '2026-11-23', seed: 1 },
  { today: '2027-01-02', seed: 7 },
  { today: '2028-02-29', seed: 42 },
];

describe.each(cases)('the 15-person demo workspace on $today (seed $seed)', ({ today, seed }) => {
  const ws = generateDemoWorkspace({ people: 15, today, seed });
  const monthsAgo = (n: number): string => format(subMonths(parseISO(today), n), 'yyyy-MM-dd');

  it('passes the workspace schema and is marked as demo', () => {
    expect(() => workspaceSchema.parse(ws)).not.toThrow();
    expect(ws.demo).toBe(true);
    expect(ws.settings.organisationName).toBe('Secretariaat Brancheorganisatie');
    expect(ws.settings.revenueTargets).toEqual([{ from: '1900-01-01', cents: 12_000_000 }]);
  });

  it('is the same for the same seed and different for another seed', () => {
    expect(generateDemoWorkspace({ people: 15, today, seed })).toEqual(ws);
    expect(generateDemoWorkspace({ people: 15, today, seed: seed + 1 })).not.toEqual(ws);
  });

  it('has fifteen people with unique, realistic Dutch names', () => {
    expect(ws.people).toHaveLength(15);
    expect(new Set(ws.people.map((p) => p.name)).size).toBe(15);
    for (const { name } of ws.people) {
      const first = firstNames.find((f) => name.startsWith(`${f} `));
      expect(first, name).toBeDefined();
      expect(lastNames as readonly string[]).toContain(name.slice((first ?? '').length + 1));
    }
    expect(ws.people.map((p) => p.name)).toContain('Anouk de Vries');
  });

  it('gives everyone part-time-aware contracts and 2–5 of the known skills', () => {
    const weeklies = new Set<number>();
    for (const person of ws.people) {
      expect(person.skills.length).toBeGreaterThanOrEqual(2);
      expect(person.skills.length).toBeLessThanOrEqual(5);
      for (const skill of person.skills) expect(skillKeys as readonly string[]).toContain(skill);
      for (const { hours } of person.contracts) {
        const weekly = hours.mon + hours.tue + hours.wed + hours.thu + hours.fri;
        expect([20, 24, 28, 32, 36, 40]).toContain(weekly);
        expect(hours.sat + hours.sun).toBe(0);
        weeklies.add(weekly);
      }
    }
    expect(weeklies.size).toBeGreaterThanOrEqual(3);
  });

  it('has people with a dated new contract, one who left recently and one who started a few months ago', () => {
    const changed = ws.people.filter((p) => p.contracts.length > 1);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    for (const person of changed) {
      const newest = person.contracts.at(-1)!;
      expect(newest.from.endsWith('-01')).toBe(true);
      expect(newest.from > monthsAgo(12) && newest.from <= today).toBe(true);
    }
    expect(
      ws.people.filter((p) => p.activeTo !== null && p.activeTo < today && p.activeTo >= monthsAgo(3)),
    ).toHaveLength(1);
    expect(ws.people.filter((p) => p.activeFrom > monthsAgo(6) && p.activeFrom <= monthsAgo(1))).toHaveLength(1);
  });

  it('gives every active person 1–3 structural lines with a backup who is someone else and still employed', () => {
    const current = ws.structural.filter((s) => s.to === null);
    for (const person of ws.people.filter((p) => p.activeTo === null)) {
      const lines = current.filter((s) => s.personId === person.id);
      expect(lines.length, person.name).toBeGreaterThanOrEqual(1);
      expect(lines.length, person.name).toBeLessThanOrEqual(3);
    }
    for (const line of ws.structural) {
      expect(line.hoursPerWeek).toBeGreaterThanOrEqual(8);
      expect(line.hoursPerWeek).toBeLessThanOrEqual(20);
      expect(line.backupPersonId).not.toBeNull();
      expect(line.backupPersonId).not.toBe(line.personId);
    }
    for (const line of current) {
      expect(ws.people.find((p) => p.id === line.backupPersonId)?.activeTo).toBeNull();
    }
    expect(ws.structural.some((s) => s.exceptions.some((e) => e.hours === 0))).toBe(true);
  });

  it('has 3–4 clients with contacts and rates between € 48 and € 68', () => {
    expect(ws.clients.length).toBeGreaterThanOrEqual(3);
    expect(ws.clients.length).toBeLessThanOrEqual(4);
    for (const client of ws.clients) {
      expect(client.defaultRateCents).toBeGreaterThanOrEqual(4800);
      expect(client.defaultRateCents).toBeLessThanOrEqual(6800);
      expect(client.contactEmail).toMatch(/@example\.nl$/);
    }
  });

  it('has 5–8 placements over the past year: ended, running, proposed, a rate change and corrections', () => {
    const { placements } = ws;
    expect(placements.length).toBeGreaterThanOrEqual(5);
    expect(placements.length).toBeLessThanOrEqual(8);
    expect(placements.some((p) => p.status === 'ended' && p.to !== null && p.to < today)).toBe(true);
    expect(
      placements.some((p) => p.status === 'confirmed' && p.from <= today && (p.to === null || p.to >= today)),
    ).toBe(true);
    expect(placements.some((p) => p.status === 'proposed' && p.from > today)).toBe(true);
    expect(placements.some((p) => p.rates.length === 2 && p.rates[1]!.from.endsWith('-01'))).toBe(true);
    expect(placements.filter((p) => p.corrections.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(placements.some((p) => p.from <= monthsAgo(8))).toBe(true);
    for (const p of placements) {
      expect(p.hoursPerWeek).toBeGreaterThanOrEqual(8);
      expect(p.hoursPerWeek).toBeLessThanOrEqual(24);
      for (const c of p.corrections) expect(c.month < today.slice(0, 7)).toBe(true);
    }
  });

  it('has 150–250 requests spread over the past 12 months, mostly done', () => {
    const { requests } = ws;
    expect(requests.length).toBeGreaterThanOrEqual(150);
    expect(requests.length).toBeLessThanOrEqual(250);
    const created = requests.map((r) => r.createdOn).sort();
    expect(created[0]! >= monthsAgo(12) && created[0]! <= monthsAgo(11)).toBe(true);
    expect(created.at(-1)! <= today && created.at(-1)! >= isoAdd(today, -7)).toBe(true);
    expect(requests.filter((r) => r.status === 'done').length / requests.length).toBeGreaterThan(0.7);
    for (const status of ['new', 'assigned', 'in_progress'] as const) {
      expect(
        requests.some((r) => r.status === status && r.createdOn >= monthsAgo(2)),
        status,
      ).toBe(true);
    }
    expect(requests.some((r) => r.loggedAfterTheFact)).toBe(true);
  });

  it('records a reason for every declined and deferred request, and a week for the deferred ones', () => {
    const declined = ws.requests.filter((r) => r.status === 'declined');
    const deferred = ws.requests.filter((r) => r.status === 'deferred');
    expect(declined.length).toBeGreaterThanOrEqual(1);
    expect(deferred.length).toBeGreaterThanOrEqual(1);
    for (const r of [...declined, ...deferred]) expect(r.reason.length).toBeGreaterThan(5);
    for (const r of deferred) expect(r.deferredTo! >= weekOf(today)).toBe(true);
  });

  it('fills in intake, outcome and assignments the way a lead would', () => {
    for (const r of ws.requests) {
      expect(r.goal && r.deliverable && r.requesterSupplies && r.doneWhen).toBeTruthy();
      expect(r.estimatedHours).toBeGreaterThanOrEqual(1);
      expect(r.estimatedHours).toBeLessThanOrEqual(40);
      expect(r.deadline! >= r.createdOn).toBe(true);
      if (r.status === 'done') {
        expect(r.closedOn).not.toBeNull();
        expect(r.actualHours).not.toBeNull();
      } else {
        expect(r.actualHours).toBeNull();
        expect(r.satisfaction).toBeNull();
      }
      const assigned = r.assignments.reduce((sum, a) => sum + a.hours, 0);
      if (['done', 'assigned', 'in_progress'].includes(r.status)) expect(assigned).toBeCloseTo(r.estimatedHours, 5);
      else expect(r.assignments).toEqual([]);
      for (const a of r.assignments) {
        expect(a.week >= weekOf(r.createdOn) && a.week <= weekOf(r.deadline!)).toBe(true);
        const person = ws.people.find((p) => p.id === a.personId)!;
        const { monday, friday } = weekBounds(a.week);
        expect(person.activeFrom <= monday && (person.activeTo === null || person.activeTo >= friday)).toBe(true);
      }
    }
    const rated = ws.requests.filter((r) => r.satisfaction !== null).map((r) => r.satisfaction!);
    expect(rated.filter((s) => s >= 3).length / rated.length).toBeGreaterThan(0.8);
  });

  it('has leave in the past year and the next months, sick days without any free text', () => {
    expect(ws.leave.some((l) => l.from < monthsAgo(9))).toBe(true);
    expect(ws.leave.some((l) => l.from > today)).toBe(true);
    expect(ws.leave.some((l) => l.hoursPerDay !== null)).toBe(true);
    const sick = ws.leave.filter((l) => l.kind === 'sick');
    expect(sick.length).toBeGreaterThan(0);
    for (const l of sick) expect(l.to <= today).toBe(true);
    for (const l of ws.leave)
      expect(Object.keys(l).sort()).toEqual(['from', 'hoursPerDay', 'id', 'kind', 'personId', 'to']);
  });

  it('has sponsoring and training income and value entries over the past year', () => {
    const dates = ws.income.map((i) => i.date).sort();
    expect(dates[0]! <= monthsAgo(9) && dates[0]! >= monthsAgo(12)).toBe(true);
    expect(dates.at(-1)! <= today && dates.at(-1)! >= monthsAgo(2)).toBe(true);
    const sponsoring = ws.income.filter((i) => i.kind === 'sponsoring');
    expect(sponsoring.length).toBeGreaterThan(0);
    for (const i of sponsoring) expect(i.amountCents >= 50_000 && i.amountCents <= 250_000).toBe(true);
    expect(ws.income.some((i) => i.kind === 'training')).toBe(true);
    expect(ws.value.length).toBeGreaterThanOrEqual(10);
    for (const v of ws.value) expect(v.hours >= 4 && v.hours <= 30 && v.date <= today).toBe(true);
  });

  it('has unique ids and no reference to a missing person or client', () => {
    expect(duplicateIds(ws)).toEqual([]);
    expect(danglingReferences(ws)).toEqual([]);
  });
});

it('uses seed 1 when no seed is given', () => {
  const today = '2026-11-23';
  expect(generateDemoWorkspace({ people: 15, today })).toEqual(generateDemoWorkspace({ people: 15, today, seed: 1 }));
});

describe('empty workspace and default settings', () => {
  it('starts empty, not demo, with neutral settings', () => {
    const empty = emptyWorkspace();
    expect(workspaceSchema.parse(empty)).toEqual(empty);
    expect(empty.demo).toBe(false);
    expect(empty.settings.organisationName).toBe('Mijn secretariaat');
    expect(empty.settings.revenueTargets).toEqual([{ from: '1900-01-01', cents: null }]);
    expect(
      [empty.people, empty.requests, empty.placements, empty.clients, empty.leave].every((l) => l.length === 0),
    ).toBe(true);
  });

  it('uses the Dutch defaults: € 55 internal, € 65 shadow, Bevrijdingsdag per lustrum', () => {
    const settings = defaultSettings('demo');
    expect(settings.internalRates).toEqual([{ from: '1900-01-01', cents: 5500 }]);
    expect(settings.shadowRates).toEqual([{ from: '1900-01-01', cents: 6500 }]);
    expect(settings.revenueTargets).toEqual([{ from: '1900-01-01', cents: 12_000_000 }]);
    expect(settings).toMatchObject({ csvSeparator: ';', leaveRetentionMonths: 24 });
    const [rule] = settings.holidayRules;
    expect(rule?.liberationDay).toBe('lustrum');
    expect(rule?.holidaysOff).not.toContain('liberationDay');
    expect(rule?.holidaysOff).toHaveLength(8);
    expect(defaultSettings()).toEqual(emptyWorkspace().settings);
  });
});
