import { z } from 'zod';
import { monthSchema } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Update } from './snapshot.ts';

const monthInput = z.object({ month: monthSchema }).strict();

export const closingOperations = {
  /** Stores a past month's figures as reported; from then on they stay as they are. */
  closeMonth: operation<Update>()(monthInput),
  /** Issues a closed month's report again as revised ("herzien"), with the figures as they are now. */
  reissueMonth: operation<Update>()(monthInput),
  /** Opens a closed month again: its figures follow the records until it is closed again. */
  reopenMonth: operation<Update>()(monthInput),
};
