import { z } from 'zod';
import { idSchema, isoDateSchema, personFieldsSchema, personSchema, withActivePeriodCheck } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Update } from './snapshot.ts';

export const newPersonSchema = withActivePeriodCheck(personFieldsSchema.omit({ id: true }));

export const peopleOperations = {
  addPerson: operation<Update>()(newPersonSchema),
  updatePerson: operation<Update>()(personSchema),
  deactivatePerson: operation<Update>()(z.object({ id: idSchema, to: isoDateSchema }).strict()),
  reactivatePerson: operation<Update>()(z.object({ id: idSchema }).strict()),
};
