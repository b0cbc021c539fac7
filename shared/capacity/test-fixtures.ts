import type {
  Leave,
  Person,
  Placement,
  Settings,
  StructuralSupport,
  SupportRequest,
  WeekdayHours,
  Workspace,
} from '../schemas/index.ts';
import { FROM_THE_START } from '../schemas/index.ts';
import { emptyWorkspace } from '../demo/index.ts';

/*
 * Builders for the capacity tests only. Records are typed as the schemas' output, so a test states
 * just what it is about and every other field gets a plain, valid default.
 */

export const fullTime: WeekdayHours = { mon: 8, tue: 8, wed: 8, thu: 8, fri: 8, sat: 0, sun: 0 };
/** Works Monday, Tuesday and Thursday, 8 hours each. */
export const monTueThu: WeekdayHours = { mon: 8, tue: 8, wed: 0, thu: 8, fri: 0, sat: 0, sun: 0 };

export const typicalSettings: Settings = {
  organisationName: 'Brancheorganisatie',
  internalRates: [{ from: FROM_THE_START, cents: 5_000 }],
  shadowRates: [{ from: FROM_THE_START, cents: 6_500 }],
  revenueTargets: [{ from: FROM_THE_START, cents: null }],
  holidayRules: [
    {
      from: FROM_THE_START,
      holidaysOff: ['newYear', 'easterMonday', 'kingsDay', 'ascensionDay', 'whitMonday', 'christmasDay', 'boxingDay'],
      liberationDay: 'lustrum',
    },
  ],
  csvSeparator: ';',
  leaveRetentionMonths: 24,
};

export function person(id: string, hours: WeekdayHours = fullTime, extra: Partial<Person> = {}): Person {
  return {
    id,
    name: `Medewerker ${id}`,
    email: '',
    skills: [],
    contracts: [{ from: '2020-01-01', hours }],
    activeFrom: '2020-01-01',
    activeTo: null,
    ...extra,
  };
}

export function support(id: string, personId: string, extra: Partial<StructuralSupport> = {}): StructuralSupport {
  return {
    id,
    personId,
    supported: `Directeur ${id}`,
    backupPersonId: null,
    hoursPerWeek: 10,
    from: '2020-01-01',
    to: null,
    exceptions: [],
    ...extra,
  };
}

export function placement(id: string, personId: string, extra: Partial<Placement> = {}): Placement {
  return {
    id,
    personId,
    clientId: 'huurder-1',
    from: '2020-01-01',
    to: null,
    hoursPerWeek: 16,
    rates: [{ from: '2020-01-01', cents: 6_000 }],
    status: 'confirmed',
    notes: '',
    corrections: [],
    ...extra,
  };
}

export function leave(
  id: string,
  personId: string,
  from: string,
  to: string,
  hoursPerDay: number | null = null,
): Leave {
  return { id, personId, kind: 'vacation', from, to, hoursPerDay };
}

export function request(id: string, extra: Partial<SupportRequest> = {}): SupportRequest {
  return {
    id,
    title: `Verzoek ${id}`,
    requesterName: 'Afdeling Beleid',
    requesterEmail: '',
    requesterLanguage: 'nl',
    department: '',
    clientId: null,
    goal: '',
    deliverable: '',
    windowFrom: null,
    deadline: null,
    estimatedHours: 8,
    skills: [],
    urgency: 'normal',
    requesterSupplies: '',
    doneWhen: '',
    status: 'assigned',
    createdOn: '2026-01-05',
    closedOn: null,
    reason: '',
    deferredTo: null,
    assignments: [],
    actualHours: null,
    satisfaction: null,
    loggedAfterTheFact: false,
    ...extra,
  };
}

export function workspace(extra: Partial<Workspace> = {}): Workspace {
  return { ...emptyWorkspace(), settings: typicalSettings, ...extra };
}

/** A cell's figures that add up into a team total: all but utilisation, a ratio. */
export const summedLines = [
  'contract',
  'holiday',
  'leave',
  'available',
  'structural',
  'placementsConfirmed',
  'placementsProposed',
  'adhoc',
  'committed',
  'spare',
  'spareIfProposed',
] as const;
