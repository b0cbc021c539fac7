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
import type { Snapshot } from './snapshot.ts';

const byId = z.object({ id: idSchema }).strict();

export const newClientSchema = clientSchema.omit({ id: true });
export const newPlacementSchema = withPeriodCheck(placementFieldsSchema.omit({ id: true }));
export const newIncomeEntrySchema = incomeEntrySchema.omit({ id: true });
export const newValueEntrySchema = valueEntrySchema.omit({ id: true });

/** Clients, placements and their one-step actions, other income and value entries. */
export const placementsOperations = {
  addClient: operation<Snapshot>()(newClientSchema),
  updateClient: operation<Snapshot>()(clientSchema),
  /** Refused while a placement refers to the client: history would lose who paid. */
  removeClient: operation<Snapshot>()(byId),

  addPlacement: operation<Snapshot>()(newPlacementSchema),
  updatePlacement: operation<Snapshot>()(withPeriodCheck(placementFieldsSchema)),
  removePlacement: operation<Snapshot>()(byId),
  /** Ends a confirmed (or ended) placement on `to`, earlier than planned; status becomes ended once `to` is past. */
  endPlacement: operation<Snapshot>()(z.object({ id: idSchema, to: isoDateSchema }).strict()),
  /** A later last day, or null for open-ended; an ended placement running again becomes confirmed. */
  extendPlacement: operation<Snapshot>()(z.object({ id: idSchema, to: isoDateSchema.nullable() }).strict()),
  /** A new hourly rate from a date on; steps before it (and their months' revenue) stay as they were. */
  changePlacementRate: operation<Snapshot>()(z.object({ id: idSchema, from: isoDateSchema, cents: centsSchema }).strict()),
  confirmPlacement: operation<Snapshot>()(byId),
  /** Realised hours of a closed month = planned + `hours`; 0 removes the correction. */
  correctPlacementMonth: operation<Snapshot>()(
    z.object({ id: idSchema, month: monthSchema, hours: z.number().min(-744).max(744).multipleOf(0.25, 'Hours go in steps of 0.25') }).strict(),
  ),

  addIncomeEntry: operation<Snapshot>()(newIncomeEntrySchema),
  updateIncomeEntry: operation<Snapshot>()(incomeEntrySchema),
  removeIncomeEntry: operation<Snapshot>()(byId),

  addValueEntry: operation<Snapshot>()(newValueEntrySchema),
  updateValueEntry: operation<Snapshot>()(valueEntrySchema),
  removeValueEntry: operation<Snapshot>()(byId),
};
