import { z } from 'zod';

/**
 * Operations whose file travels over the web host as a raw, streamed request body on its own route
 * (`api/upload/<name>?kind=…&fileName=…`), with the import size limit instead of the 1 MiB JSON limit.
 * Electron's IPC has no body limit, so it keeps the base64 input of the contract.
 */
export const uploadOperationSchema = z.enum(['previewImport', 'applyImport']);
export type UploadOperation = z.infer<typeof uploadOperationSchema>;

/** The non-file fields of an upload, carried in the query string. */
export const uploadQuerySchema = z.object({
  kind: z.enum(['people', 'placements']),
  fileName: z.string().min(1).max(255),
  jobId: z.string().min(1).max(64).optional(),
});
export type UploadQuery = z.infer<typeof uploadQuerySchema>;

/** The contract input of an upload operation: the query fields plus the file in base64. */
export const uploadInputSchema = uploadQuerySchema.extend({ base64: z.string() });

export function isUploadOperation(name: string): name is UploadOperation {
  return uploadOperationSchema.safeParse(name).success;
}
