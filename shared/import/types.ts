import type { NewPlacementRecord, NewPersonRecord } from './records.ts';

export type ImportKind = 'people' | 'placements';

/** Why a row cannot be imported; the renderer words it in the user's language. */
export type ProblemCode =
  | 'missing_column'
  | 'missing_value'
  | 'bad_number'
  | 'bad_hours'
  | 'bad_date'
  | 'bad_email'
  | 'bad_status'
  | 'end_before_start'
  | 'duplicate'
  | 'already_exists'
  | 'unknown_person'
  | 'unknown_client'
  | 'no_hours'
  | 'too_long'
  | 'too_many'
  | 'too_big'
  | 'invalid_value';

/** `limit` is the bound a too_long / too_many / too_big value broke. */
export type RowProblem = { code: ProblemCode; column: string; value: string; limit?: number };

/** One spreadsheet row as the preview shows it; `row` is the number Excel shows (the header is row 1). */
export type PreviewRow<R> = { row: number; label: string; problem: RowProblem | null; record: R | null };

export type PeoplePreview = { kind: 'people'; rows: PreviewRow<NewPersonRecord>[] };
export type PlacementsPreview = { kind: 'placements'; rows: PreviewRow<NewPlacementRecord>[] };
export type ImportPreview = PeoplePreview | PlacementsPreview;
