import {
  placementFieldsSchema,
  placementStatusSchema,
  withPeriodCheck,
  type Placement,
  type Workspace,
} from '../schemas/index.ts';
import type { NewPlacementRecord } from './records.ts';
import { schemaProblem } from './record-check.ts';
import { isBlankRow, mapColumns, normaliseHeader, type Table } from './table.ts';
import type { PlacementsPreview, PreviewRow, RowProblem } from './types.ts';
import { eurosToCents, parseDate, parseNumber } from './values.ts';

const PLACEMENT_COLUMNS = {
  person: ['Persoon', 'Person', 'Naam', 'Name', 'Medewerker'],
  client: ['Klant', 'Client', 'Organisatie', 'Organisation'],
  from: ['Van', 'From', 'Vanaf', 'Start'],
  to: ['Tot', 'To', 'Tot en met', 'Until', 'End'],
  hours: ['Uren per week', 'Hours per week', 'Uren', 'Hours'],
  rate: ['Tarief', 'Rate', 'Uurtarief', 'Hourly rate'],
  status: ['Status'],
} as const;
type Field = keyof typeof PLACEMENT_COLUMNS;

const newPlacementSchema = withPeriodCheck(placementFieldsSchema.omit({ id: true }));
const FIELD_OF_KEY: Partial<Record<PropertyKey, Field>> = {
  personId: 'person',
  clientId: 'client',
  from: 'from',
  to: 'to',
  hoursPerWeek: 'hours',
  rates: 'rate',
  status: 'status',
};

const STATUS_WORDS: Record<string, Placement['status']> = {
  voorgesteld: 'proposed',
  bevestigd: 'confirmed',
  beeindigd: 'ended',
  afgelopen: 'ended',
  ...Object.fromEntries(placementStatusSchema.options.map((s) => [s, s])),
};

type Outcome = { problem: RowProblem } | { record: NewPlacementRecord };

function readRow(
  cells: readonly string[],
  columns: Partial<Record<Field, number>>,
  header: readonly string[],
  workspace: Workspace,
): Outcome {
  const cell = (field: Field) => (columns[field] === undefined ? '' : (cells[columns[field]] ?? '').trim());
  const problem = (code: RowProblem['code'], field: Field): Outcome => ({
    problem: { code, column: header[columns[field] ?? -1] ?? PLACEMENT_COLUMNS[field][0], value: cell(field) },
  });
  for (const field of ['person', 'client', 'from', 'hours', 'rate'] as const) {
    if (columns[field] === undefined) return problem('missing_column', field);
    if (cell(field) === '') return problem('missing_value', field);
  }
  const byName = <T extends { name: string }>(list: readonly T[], name: string) =>
    list.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const person = byName(workspace.people, cell('person'));
  if (!person) return problem('unknown_person', 'person');
  const client = byName(workspace.clients, cell('client'));
  if (!client) return problem('unknown_client', 'client');
  const from = parseDate(cell('from'));
  if (!from) return problem('bad_date', 'from');
  const to = cell('to') === '' ? null : parseDate(cell('to'));
  if (cell('to') !== '' && to === null) return problem('bad_date', 'to');
  if (to !== null && to < from) return problem('end_before_start', 'to');
  const hours = parseNumber(cell('hours'));
  if (hours === null || hours <= 0 || hours > 80 || !Number.isInteger(hours * 4)) return problem('bad_hours', 'hours');
  const cents = eurosToCents(cell('rate'));
  if (cents === null) return problem('bad_number', 'rate');
  const statusText = normaliseHeader(cell('status'));
  const status = statusText === '' ? 'confirmed' : STATUS_WORDS[statusText];
  if (!status) return problem('bad_status', 'status');
  if (status === 'ended' && to === null) return problem('missing_value', 'to');
  const record = {
    personId: person.id,
    clientId: client.id,
    from,
    to,
    hoursPerWeek: hours,
    rates: [{ from, cents }],
    status,
    notes: '',
    corrections: [],
  };
  const invalid = schemaProblem(newPlacementSchema, record, (path) => {
    const field = FIELD_OF_KEY[path[0] ?? ''] ?? 'person';
    return { column: header[columns[field] ?? -1] ?? PLACEMENT_COLUMNS[field][0], value: cell(field) };
  });
  return invalid ? { problem: invalid } : { record };
}

/** Placements refer to people and clients by name, as a lead's spreadsheet does; an unknown name is a problem row. */
export function previewPlacements(table: Table, workspace: Workspace): PlacementsPreview {
  const [header = [], ...body] = table;
  const columns = mapColumns(header, PLACEMENT_COLUMNS);
  const rows = body.flatMap((cells, i): PreviewRow<NewPlacementRecord>[] =>
    isBlankRow(cells) ? [] : [previewRow(cells, i)],
  );
  function previewRow(cells: readonly string[], i: number): PreviewRow<NewPlacementRecord> {
    const outcome = readRow(cells, columns, header, workspace);
    const label = [columns.person, columns.client]
      .map((c) => (c === undefined ? '' : (cells[c] ?? '')))
      .filter(Boolean)
      .join(' → ');
    return 'problem' in outcome
      ? { row: i + 2, label, problem: outcome.problem, record: null }
      : { row: i + 2, label, problem: null, record: outcome.record };
  }
  return { kind: 'placements', rows };
}
