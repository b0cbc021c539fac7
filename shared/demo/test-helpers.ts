import { addDays, format, parseISO } from 'date-fns';
import type { Workspace } from '../schemas/index.ts';

/** Monday and Friday of an ISO week key, as dates, for "was this person employed that week". */
export function weekBounds(week: string): { monday: string; friday: string } {
  const [year, w] = week.split('-W').map(Number);
  const jan4 = new Date(year ?? 0, 0, 4);
  const mondayOfWeek1 = addDays(jan4, -((jan4.getDay() + 6) % 7));
  const monday = addDays(mondayOfWeek1, ((w ?? 1) - 1) * 7);
  return { monday: format(monday, 'yyyy-MM-dd'), friday: format(addDays(monday, 4), 'yyyy-MM-dd') };
}

export function isoAdd(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** Where a record points at a person or client that does not exist (empty when all is well). */
export function danglingReferences(ws: Workspace): string[] {
  const people = new Set(ws.people.map((p) => p.id));
  const clients = new Set(ws.clients.map((c) => c.id));
  const problems: string[] = [];
  const need = (ok: boolean, where: string): void => {
    if (!ok) problems.push(where);
  };
  for (const s of ws.structural) {
    need(people.has(s.personId), `${s.id}.personId`);
    need(s.backupPersonId === null || people.has(s.backupPersonId), `${s.id}.backupPersonId`);
  }
  for (const l of ws.leave) need(people.has(l.personId), `${l.id}.personId`);
  for (const p of ws.placements) {
    need(people.has(p.personId), `${p.id}.personId`);
    need(clients.has(p.clientId), `${p.id}.clientId`);
  }
  for (const r of ws.requests) {
    need(r.clientId === null || clients.has(r.clientId), `${r.id}.clientId`);
    for (const a of r.assignments) need(people.has(a.personId), `${r.id}.assignments.personId`);
  }
  for (const i of ws.income) need(i.clientId === null || clients.has(i.clientId), `${i.id}.clientId`);
  return problems;
}

export function duplicateIds(ws: Workspace): string[] {
  const all = [ws.people, ws.structural, ws.leave, ws.clients, ws.placements, ws.requests, ws.income, ws.value].flatMap(
    (list) => list.map((record) => record.id),
  );
  const seen = new Set<string>();
  return all.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}
