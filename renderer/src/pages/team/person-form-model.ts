import { z } from 'zod';
import { weeklyHours, withScheduleFrom } from '../../../../shared/people.ts';
import {
  isoDateSchema,
  nameSchema,
  personFieldsSchema,
  skillSchema,
  weekdayHoursSchema,
  type Person,
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
  const latest = person.contracts[person.contracts.length - 1]!;
  return {
    name: person.name,
    email: person.email,
    skills: person.skills,
    activeFrom: person.activeFrom,
    hours: latest.hours,
    scheduleFrom: latest.from,
  };
}

/** New people get one contract from their first day; an edit adds or replaces the contract from `scheduleFrom`. */
export function personFromForm(values: z.output<typeof personFormSchema>, existing: Person | null): Omit<Person, 'id'> {
  const base = { name: values.name, email: values.email, skills: values.skills, activeFrom: values.activeFrom };
  if (!existing) return { ...base, activeTo: null, contracts: [{ from: values.activeFrom, hours: values.hours }] };
  return { ...base, activeTo: existing.activeTo, contracts: withScheduleFrom(existing.contracts, values.scheduleFrom, values.hours) };
}
