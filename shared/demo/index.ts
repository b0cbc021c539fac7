import { FROM_THE_START, isoDateSchema, type IsoDate, type Workspace } from '../schemas/index.ts';
import { planClients, planPlacements } from './business.ts';
import { planIncome, planValue } from './income.ts';
import { createLedger } from './ledger.ts';
import { planLeave } from './leave.ts';
import { planPeople, toPerson } from './people.ts';
import { createRng } from './random.ts';
import { planRequests } from './requests.ts';
import { defaultSettings } from './settings.ts';
import { planStructural } from './structural.ts';
import { createTimeline } from './timeline.ts';

export { defaultSettings } from './settings.ts';

export type DemoOptions = {
  /** Team size: 15 is the model case; 200, 500 and 2000 are for benchmarks. */
  people: number;
  /** "Today" comes from the caller's clock so the demo is always about the last months. */
  today: IsoDate;
  seed?: number;
  /** Months of history (default 12). */
  monthsBack?: number;
  /** Months of planned leave and proposed placements ahead (default 3). */
  monthsAhead?: number;
};

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

/** A realistic, seeded demo workspace: the same options always give the same workspace. */
export function generateDemoWorkspace(options: DemoOptions): Workspace {
  const { people: size, today, seed = 1, monthsBack = 12, monthsAhead = 3 } = options;
  checkInteger('people', size, 1, 10_000);
  checkInteger('monthsBack', monthsBack, 1, 120);
  checkInteger('monthsAhead', monthsAhead, 0, 36);
  if (!isoDateSchema.safeParse(today).success) throw new RangeError(`today must be a date as YYYY-MM-DD, got ${today}`);

  const rng = createRng(seed);
  const tl = createTimeline(today, monthsBack, monthsAhead);
  const people = planPeople(size, rng.fork('people'), tl);
  const ledger = createLedger(people, tl);
  const structural = planStructural(people, rng.fork('structural'), tl, ledger);
  const leave = planLeave(people, rng.fork('leave'), tl, ledger);
  const clients = planClients(size, rng.fork('clients'));
  const placements = planPlacements(people, clients, rng.fork('placements'), tl, ledger);
  const requests = planRequests(people, clients, rng.fork('requests'), tl, ledger);

  const settings = defaultSettings('demo');
  // The target grows with the team so a benchmark workspace's dashboard stays plausible.
  settings.revenueTargets = [{ from: FROM_THE_START, cents: Math.round((12_000_000 * size) / 15 / 100_000) * 100_000 }];

  return {
    demo: true,
    settings,
    people: people.map((person) => toPerson(person, tl)),
    structural,
    leave,
    clients,
    placements,
    requests,
    income: planIncome(size, clients, rng.fork('income'), tl),
    value: planValue(size, rng.fork('value'), tl),
    monthNotes: {},
    closedMonths: [],
    coverDismissals: [],
    series: [],
  };
}

/** A fresh start: no records, neutral settings, not marked as demo. */
export function emptyWorkspace(): Workspace {
  return {
    demo: false,
    settings: defaultSettings('empty'),
    people: [],
    structural: [],
    leave: [],
    clients: [],
    placements: [],
    requests: [],
    income: [],
    value: [],
    monthNotes: {},
    closedMonths: [],
    coverDismissals: [],
    series: [],
  };
}

/** Records that take up someone's week: structural lines, placements, leave and request assignments. */
export function countAllocations(workspace: Workspace): number {
  let assignments = 0;
  for (const request of workspace.requests) assignments += request.assignments.length;
  return workspace.structural.length + workspace.placements.length + workspace.leave.length + assignments;
}
