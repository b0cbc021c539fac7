import { z } from 'zod';
import { DomainError } from '../contract/errors.ts';

/** Why a whole file is refused before any row is checked; the renderer words each in the user's language. */
export const importRefusalSchema = z.object({
  reason: z.enum([
    'file_too_large',
    'unknown_file_type',
    'not_a_workbook',
    'unpacked_too_large',
    'packed_too_densely',
    'false_sizes',
    'too_many_rows',
    'too_many_columns',
    'formula_without_value',
    'time_limit',
    'memory_limit',
    'cancelled',
  ]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportRefusal = z.infer<typeof importRefusalSchema>;
export type RefusalReason = ImportRefusal['reason'];

/** English for logs and the API message; the field is the uploaded file. */
const ENGLISH: Record<RefusalReason, string> = {
  file_too_large: 'the file is larger than {limitMb} MB',
  unknown_file_type: 'choose a .csv or .xlsx file',
  not_a_workbook: 'the file is not a readable XLSX workbook',
  unpacked_too_large: 'the workbook unpacks to more than {limitMb} MB',
  packed_too_densely: 'part {entry} of the workbook is packed {ratio} times (at most {limit})',
  false_sizes: 'part {entry} of the workbook unpacks to more than the zip declares',
  too_many_rows: 'row {row} is beyond the {limit} rows an import may have',
  too_many_columns: 'cell {cell} is beyond the {limit} columns an import may have',
  formula_without_value: 'cell {cell} holds a formula without a saved result; open and save the file in Excel first',
  time_limit: 'reading the file took longer than {seconds} seconds',
  memory_limit: 'reading the file needed more than {limitMb} MB of memory',
  cancelled: 'the import was cancelled',
};

export function refuseImport(reason: RefusalReason, params: ImportRefusal['params'] = {}): DomainError {
  const message = ENGLISH[reason].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  return new DomainError('invalid_input', `base64: ${message}`, 'base64', { reason, params });
}
