import { z } from 'zod';
import { idSchema, isoDateSchema, personFieldsSchema, personSchema, withActivePeriodCheck } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Snapshot } from './snapshot.ts';

export const newPersonSchema = withActivePeriodCheck(personFieldsSchema.omit({ id: true }));

export const peopleOperations = {
  addPerson: operation<Snapshot>()(newPersonSchema),
  updatePerson: operation<Snapshot>()(personSchema),
  deactivatePerson: operation<Snapshot>()(z.object({ id: idSchema, to: isoDateSchema }).strict()),
  reactivatePerson: operation<Snapshot>()(z.object({ id: idSchema }).strict()),
};
