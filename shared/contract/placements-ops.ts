import { z } from 'zod';
import {
  centsSchema,
  clientSchema,
  idSchema,
  incomeEntrySchema,
  isoDateSchema,
  monthSchema,
  placementFieldsSchema,
  valueEntrySchema,
  withPeriodCheck,
} from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Update } from './snapshot.ts';

const byId = z.object({ id: idSchema }).strict();

export const newClientSchema = clientSchema.omit({ id: true });
export const newPlacementSchema = withPeriodCheck(placementFieldsSchema.omit({ id: true }));
export const newIncomeEntrySchema = incomeEntrySchema.omit({ id: true });
export const newValueEntrySchema = valueEntrySchema.omit({ id: true });

/** Clients, placements and their one-step actions, other income and value entries. */
export const placementsOperations = {
  addClient: operation<Update>()(newClientSchema),
  updateClient: operation<Update>()(clientSchema),
  /** Refused while a placement refers to the client: history would lose who paid. */
  removeClient: operation<Update>()(byId),

  addPlacement: operation<Update>()(newPlacementSchema),
  updatePlacement: operation<Update>()(withPeriodCheck(placementFieldsSchema)),
  removePlacement: operation<Update>()(byId),
  /** Ends a confirmed (or ended) placement on `to`, earlier than planned; status becomes ended once `to` is past. */
  endPlacement: operation<Update>()(z.object({ id: idSchema, to: isoDateSchema }).strict()),
  /** A later last day, or null for open-ended; an ended placement running again becomes confirmed. */
  extendPlacement: operation<Update>()(z.object({ id: idSchema, to: isoDateSchema.nullable() }).strict()),
  /** A new hourly rate from a date on; steps before it (and their months' revenue) stay as they were. */
  changePlacementRate: operation<Update>()(
    z.object({ id: idSchema, from: isoDateSchema, cents: centsSchema }).strict(),
  ),
  confirmPlacement: operation<Update>()(byId),
  /** Realised hours of a closed month = planned + `hours`; 0 removes the correction. */
  correctPlacementMonth: operation<Update>()(
    z
      .object({
        id: idSchema,
        month: monthSchema,
        hours: z.number().min(-744).max(744).multipleOf(0.25, 'Hours go in steps of 0.25'),
      })
      .strict(),
  ),

  addIncomeEntry: operation<Update>()(newIncomeEntrySchema),
  updateIncomeEntry: operation<Update>()(incomeEntrySchema),
  removeIncomeEntry: operation<Update>()(byId),

  addValueEntry: operation<Update>()(newValueEntrySchema),
  updateValueEntry: operation<Update>()(valueEntrySchema),
  removeValueEntry: operation<Update>()(byId),
};
