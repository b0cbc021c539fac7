import { z } from 'zod';
import { getISOWeeksInYear, isValid, parseISO } from 'date-fns';

/** Years the app plans in; far-off years only ever come from typing errors. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2299;
const yearInRange = (s: string) => Number(s.slice(0, 4)) >= MIN_YEAR && Number(s.slice(0, 4)) <= MAX_YEAR;

/** A local calendar date `YYYY-MM-DD`; no time zone, so a date never shifts a day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((s) => isValid(parseISO(s)) && parseISO(s).getDate() === Number(s.slice(8, 10)), 'Not a calendar date')
  .refine(yearInRange, `Year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
export type IsoDate = z.infer<typeof isoDateSchema>;

/** An ISO week key such as `2026-W48`; week 53 only in years that have one (2026 does, 2025 does not). */
export const isoWeekSchema = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'Expected an ISO week as YYYY-Www')
  .refine(yearInRange, `Year must be between ${MIN_YEAR} and ${MAX_YEAR}`)
  .refine(
    (s) => Number(s.slice(6)) <= getISOWeeksInYear(new Date(Number(s.slice(0, 4)), 5, 1)),
    'That year has no week 53',
  );
export type IsoWeek = z.infer<typeof isoWeekSchema>;

/** A calendar month `YYYY-MM`. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month as YYYY-MM')
  .refine(yearInRange, `Year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
export type Month = z.infer<typeof monthSchema>;

/** Money is integer euro cents so sums never drift by floating-point error. */
export const centsSchema = z.number().int('Amount must be whole cents').min(0).max(1e12);
export type Cents = z.infer<typeof centsSchema>;

/** Hours move in quarter-hour steps, the unit a lead plans in. */
export const hoursSchema = z.number().min(0).max(168).multipleOf(0.25, 'Hours go in steps of 0.25');
export type Hours = z.infer<typeof hoursSchema>;

export const dayHoursSchema = hoursSchema.max(24);

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Ids are letters, digits, - and _');
export type Id = z.infer<typeof idSchema>;

export const nameSchema = z.string().trim().min(1, 'Required').max(120);
export const textSchema = z.string().max(4000);

export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];
export const weekdayHoursSchema = z.object({
  mon: dayHoursSchema,
  tue: dayHoursSchema,
  wed: dayHoursSchema,
  thu: dayHoursSchema,
  fri: dayHoursSchema,
  sat: dayHoursSchema,
  sun: dayHoursSchema,
});
export type WeekdayHours = z.infer<typeof weekdayHoursSchema>;

/**
 * The end-after-start check for any record with `from`/`to`. Applied to each variant of a schema
 * (with and without id) because zod cannot omit fields from an already refined object.
 */
export function withPeriodCheck<T extends z.ZodType<{ from: string; to: string | null }>>(schema: T) {
  return schema.refine((p) => p.to === null || p.to >= p.from, {
    message: 'End date is before start date',
    path: ['to'],
  });
}

/** A closed date range; `to: null` means open-ended. */
export const periodSchema = withPeriodCheck(z.object({ from: isoDateSchema, to: isoDateSchema.nullable() }));
export type Period = z.infer<typeof periodSchema>;
