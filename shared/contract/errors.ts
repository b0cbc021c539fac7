import { z } from 'zod';

export const errorCodeSchema = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_operation',
  'storage',
  'storage_full',
  'internal',
  'unauthenticated',
  'forbidden',
  'throttled',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Dotted path of the offending input field, when there is one. */
  field: z.string().nullable(),
  /** A finer reason than `code` with its parameters, for the renderer to word (e.g. `too_many_rows`, `{ limit: 10000 }`). */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type ErrorDetail = Required<Pick<ApiErrorBody, 'reason' | 'params'>>;

/** Both transports carry this envelope, so an error keeps its code and field across IPC and HTTP alike. */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

/** Thrown by handlers for a rule the user broke; becomes a failed envelope, never a crash. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly detail: ErrorDetail | null;
  constructor(code: ErrorCode, message: string, field: string | null = null, detail: ErrorDetail | null = null) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.detail = detail;
  }
}

/** Thrown in the renderer when a call fails; keeps the code and field for the form that made the call. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly detail: ErrorDetail | null;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.field = body.field;
    this.detail = body.reason === undefined ? null : { reason: body.reason, params: body.params ?? {} };
  }
}

export function describeZodError(error: z.ZodError): ApiErrorBody {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.map(String).join('.') : null;
  const message = first ? (field ? `${field}: ${first.message}` : first.message) : 'Invalid input';
  return { code: 'invalid_input', message, field };
}
