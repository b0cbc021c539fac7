import type { z } from 'zod';
import { leaveFieldsSchema, leaveKindSchema, withPeriodCheck, type Leave } from '../../../../shared/schemas/index.ts';

export const leaveKinds = leaveKindSchema.options;
export type LeaveKind = z.infer<typeof leaveKindSchema>;

export const leaveInputSchema = withPeriodCheck(leaveFieldsSchema.omit({ id: true }));
export type LeaveInput = z.output<typeof leaveInputSchema>;

/** "Whole days" is a checkbox for the user and `hoursPerDay: null` in the record. */
export type LeaveFormValues = {
  personId: string;
  kind: string | null;
  from: string | null;
  to: string | null;
  wholeDays: boolean;
  hoursPerDay: number | string;
};

export function leaveFormValues(leave: Leave | null, personId: string, today: string): LeaveFormValues {
  if (!leave) return { personId, kind: 'vacation', from: today, to: today, wholeDays: true, hoursPerDay: 4 };
  const { kind, from, to, hoursPerDay } = leave;
  return { personId, kind, from, to, wholeDays: hoursPerDay === null, hoursPerDay: hoursPerDay ?? 4 };
}

export function leaveInput({ wholeDays, hoursPerDay, ...rest }: LeaveFormValues) {
  return { ...rest, hoursPerDay: wholeDays ? null : hoursPerDay };
}

export function leaveOf(leave: Leave[], personId: string): Leave[] {
  return leave
    .filter((l) => l.personId === personId)
    .toSorted((a, b) => b.from.localeCompare(a.from) || b.to.localeCompare(a.to));
}
