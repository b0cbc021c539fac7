import { z } from 'zod';
import { idSchema, monthSchema } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Update } from './snapshot.ts';

export const exportFileSchema = z.object({ name: z.string(), mimeType: z.string(), base64: z.string() });
export type ExportFile = z.infer<typeof exportFileSchema>;

export const reportOperations = {
  /** The lead's commentary on a month, for page 1 of its report; an empty text removes it. */
  setMonthCommentary: operation<Update>()(z.object({ month: monthSchema, text: z.string().max(4000) }).strict()),

  /**
   * The monthly overview as files: XLSX (one workbook), CSV (one file per table), or PDF where the
   * host can print (Electron), of one month or of a range of months; the web host answers `pdf_unavailable` and the renderer opens the
   * print page instead. File names follow the preferences' language.
   */
  exportMonthlyOverview: operation<{ files: ExportFile[] }>()(
    z
      .object({
        month: monthSchema,
        /** With it, the overview covers \`month\` up to this month (whole months, at most 36). */
        lastMonth: monthSchema.optional(),
        format: z.enum(['xlsx', 'csv', 'pdf']),
        personId: idSchema.optional(),
        separator: z.enum([';', ',']).optional(),
      })
      .strict(),
  ),
};
