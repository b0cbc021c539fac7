import { z } from 'zod';
import {
  personFieldsSchema,
  weekdayKeys,
  withActivePeriodCheck,
  type WeekdayHours,
  type Workspace,
} from '../schemas/index.ts';
import type { NewPersonRecord } from './records.ts';
import { schemaProblem } from './record-check.ts';
import { isBlankRow, mapColumns, type Table } from './table.ts';
import type { PeoplePreview, PreviewRow, RowProblem } from './types.ts';
import { parseDate, parseDayHours, splitList } from './values.ts';

const PEOPLE_COLUMNS = {
  name: ['Naam', 'Name', 'Volledige naam', 'Full name'],
  email: ['E-mail', 'Email', 'E-mailadres', 'Email address'],
  skills: ['Vaardigheden', 'Skills'],
  start: ['In dienst vanaf', 'In dienst', 'Start date', 'Startdatum', 'Start'],
  mon: ['Ma', 'Maandag', 'Mon', 'Monday'],
  tue: ['Di', 'Dinsdag', 'Tue', 'Tuesday'],
  wed: ['Wo', 'Woensdag', 'Wed', 'Wednesday'],
  thu: ['Do', 'Donderdag', 'Thu', 'Thursday'],
  fri: ['Vr', 'Vrijdag', 'Fri', 'Friday'],
  sat: ['Za', 'Zaterdag', 'Sat', 'Saturday'],
  sun: ['Zo', 'Zondag', 'Sun', 'Sunday'],
} as const;

const emailSchema = z.email();
const newPersonSchema = withActivePeriodCheck(personFieldsSchema.omit({ id: true }));

/** The column a schema path of a new person came from. */
function fieldOf(path: readonly PropertyKey[]): keyof typeof PEOPLE_COLUMNS {
  const [top, , part, day] = path;
  if (top === 'contracts' && part === 'hours') return weekdayKeys.find((d) => d === day) ?? 'mon';
  if (top === 'name' || top === 'email' || top === 'skills') return top;
  return 'start';
}

type Outcome = { problem: RowProblem } | { record: NewPersonRecord };

function readRow(
  cells: readonly string[],
  columns: Partial<Record<keyof typeof PEOPLE_COLUMNS, number>>,
  today: string,
  header: readonly string[],
): Outcome {
  const cell = (field: keyof typeof PEOPLE_COLUMNS) => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const column = (field: keyof typeof PEOPLE_COLUMNS) => header[columns[field] ?? -1] ?? PEOPLE_COLUMNS[field][0];
  const name = cell('name');
  if (name === '') return { problem: { code: 'missing_value', column: column('name'), value: '' } };
  const email = cell('email');
  if (email !== '' && !emailSchema.safeParse(email).success)
    return { problem: { code: 'bad_email', column: column('email'), value: email } };
  const hours = {} as WeekdayHours;
  for (const day of weekdayKeys) {
    const value = parseDayHours(cell(day));
    if (value === null) return { problem: { code: 'bad_hours', column: column(day), value: cell(day) } };
    hours[day] = value;
  }
  if (weekdayKeys.every((d) => hours[d] === 0))
    return { problem: { code: 'no_hours', column: column('mon'), value: '' } };
  const startText = cell('start');
  const start = startText === '' ? today : parseDate(startText);
  if (start === null) return { problem: { code: 'bad_date', column: column('start'), value: startText } };
  const record = {
    name,
    email,
    skills: splitList(cell('skills')),
    contracts: [{ from: start, hours }],
    activeFrom: start,
    activeTo: null,
  };
  const problem = schemaProblem(newPersonSchema, record, (path) => ({
    column: column(fieldOf(path)),
    value: cell(fieldOf(path)),
  }));
  return problem ? { problem } : { record };
}

/** Each data row becomes a person or a problem naming its row, column and value; nothing is changed here. */
export function previewPeople(table: Table, workspace: Workspace, today: string): PeoplePreview {
  const [header = [], ...body] = table;
  const columns = mapColumns(header, PEOPLE_COLUMNS);
  const existing = new Set(workspace.people.map((p) => p.name.toLowerCase()));
  const seen = new Set<string>();
  const rows = body.flatMap((cells, i): PreviewRow<NewPersonRecord>[] =>
    isBlankRow(cells) ? [] : [previewRow(cells, i)],
  );
  function previewRow(cells: readonly string[], i: number): PreviewRow<NewPersonRecord> {
    const row = i + 2;
    if (columns.name === undefined)
      return {
        row,
        label: '',
        problem: { code: 'missing_column', column: PEOPLE_COLUMNS.name[0], value: '' },
        record: null,
      };
    const outcome = readRow(cells, columns, today, header);
    const label = (cells[columns.name] ?? '').trim();
    if ('problem' in outcome) return { row, label, problem: outcome.problem, record: null };
    const key = outcome.record.name.toLowerCase();
    // A second import of the same file must not double the team, so a known name is a problem, not a copy.
    const duplicate = existing.has(key) ? 'already_exists' : seen.has(key) ? 'duplicate' : null;
    seen.add(key);
    if (duplicate)
      return {
        row,
        label,
        problem: { code: duplicate, column: header[columns.name] ?? '', value: label },
        record: null,
      };
    return { row, label, problem: null, record: outcome.record };
  }
  return { kind: 'people', rows };
}
