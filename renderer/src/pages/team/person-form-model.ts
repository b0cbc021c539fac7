import { z } from 'zod';
import { addSchedule, contractOn, nextMonday, weeklyHours } from '../../../../shared/people.ts';
import {
  isoDateSchema,
  nameSchema,
  personFieldsSchema,
  skillSchema,
  weekdayHoursSchema,
  weekdayKeys,
  type Person,
  type WeekdayHours,
} from '../../../../shared/schemas/index.ts';

export const personFormSchema = z
  .object({
    name: nameSchema,
    email: personFieldsSchema.shape.email,
    skills: z.array(skillSchema),
    activeFrom: isoDateSchema,
    hours: weekdayHoursSchema.refine((h) => weeklyHours(h) > 0, 'errors.noHours'),
    scheduleFrom: isoDateSchema,
  })
  .refine((v) => v.scheduleFrom >= v.activeFrom, { message: 'errors.endBeforeStart', path: ['scheduleFrom'] });
export type PersonFormValues = z.input<typeof personFormSchema>;

const emptyWeek = { mon: 8, tue: 8, wed: 8, thu: 8, fri: 8, sat: 0, sun: 0 };

export function formValuesFor(person: Person | null, today: string): PersonFormValues {
  if (!person) return { name: '', email: '', skills: [], activeFrom: today, hours: emptyWeek, scheduleFrom: today };
  // A new schedule starts next Monday by default, pre-filled with the schedule it follows.
  const from = nextMonday(today);
  return {
    name: person.name,
    email: person.email,
    skills: person.skills,
    activeFrom: person.activeFrom,
    hours: contractOn(person, from).hours,
    scheduleFrom: from,
  };
}

const sameHours = (a: WeekdayHours, b: WeekdayHours) => weekdayKeys.every((day) => a[day] === b[day]);

/**
 * New people get one contract from their first day. An edit adds a new dated contract from
 * `scheduleFrom` only when the hours differ from the schedule it follows, so saving a new e-mail
 * address adds nothing; it never replaces a contract (that is a correction, see ScheduleCorrection).
 */
export function personFromForm(values: z.output<typeof personFormSchema>, existing: Person | null): Omit<Person, 'id'> {
  const base = { name: values.name, email: values.email, skills: values.skills, activeFrom: values.activeFrom };
  if (!existing) return { ...base, activeTo: null, contracts: [{ from: values.activeFrom, hours: values.hours }] };
  const follows = contractOn(existing, values.scheduleFrom);
  const contracts = sameHours(follows.hours, values.hours)
    ? existing.contracts
    : addSchedule(existing.contracts, values.scheduleFrom, values.hours);
  return { ...base, activeTo: existing.activeTo, contracts };
}

/** A new schedule may not start on the day an existing one starts: changing that one is a correction. */
export function scheduleTaken(values: PersonFormValues, existing: Person | null): boolean {
  if (!existing) return false;
  return (
    existing.contracts.some((c) => c.from === values.scheduleFrom) &&
    !sameHours(contractOn(existing, values.scheduleFrom).hours, values.hours as WeekdayHours)
  );
}
