import { z } from 'zod';
import { importRefusalSchema } from '../../../shared/import/refusal.ts';

export const readerInputSchema = z.object({ fileName: z.string(), bytes: z.instanceof(Uint8Array) });
export type ReaderInput = z.infer<typeof readerInputSchema>;

export const readerAnswerSchema = z.union([
  z.object({ ok: z.literal(true), table: z.array(z.array(z.string())) }),
  z.object({ ok: z.literal(false), refusal: importRefusalSchema }),
  z.object({ ok: z.literal(false), failure: z.string() }),
]);
export type ReaderAnswer = z.infer<typeof readerAnswerSchema>;
