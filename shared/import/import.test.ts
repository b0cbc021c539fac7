import { describe, expect, it } from 'vitest';
import { emptyWorkspace } from '../demo/index.ts';
import type { Workspace } from '../schemas/index.ts';
import { previewPeople } from './people.ts';
import { previewPlacements } from './placements.ts';
import { parseCsv } from './table.ts';
import { parseDate, parseNumber } from './values.ts';

const TODAY = '2026-11-23';

function workspaceWith(): Workspace {
  const workspace = emptyWorkspace();
  workspace.people.push({
    id: 'p-1',
    name: 'Anna de Vries',
    email: '',
    skills: [],
    contracts: [{ from: '2020-01-01', hours: { mon: 8, tue: 8, wed: 8, thu: 8, fri: 0, sat: 0, sun: 0 } }],
    activeFrom: '2020-01-01',
    activeTo: null,
  });
  workspace.clients.push({
    id: 'c-1',
    name: 'Huurder BV',
    kind: 'tenant',
    contactName: '',
    contactEmail: '',
    defaultRateCents: 6500,
  });
  return workspace;
}

describe('reading values as Excel writes them', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['€ 1.234,50', 1234.5],
    ['85', 85],
    ['abc', null],
  ])('reads %s as %s', (text, expected) => expect(parseNumber(text)).toBe(expected));

  it.each([
    ['01-03-2026', '2026-03-01'],
    ['1-3-2026', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    ['31-02-2026', null],
  ])('reads the date %s as %s', (text, expected) => expect(parseDate(text)).toBe(expected));
});

describe('importing people', () => {
  it('reads a Dutch Excel CSV: ; separator, BOM, decimal comma, dd-mm-jjjj, skills split by ,', () => {
    const csv =
      '\uFEFFNaam;E-mail;Vaardigheden;Ma;Di;Wo;Do;Vr;In dienst vanaf\r\nBeatrix Jansen;b@example.nl;notuleren, SharePoint;7,5;7,5;0;4;;01-02-2027\r\n';
    const { rows } = previewPeople(parseCsv(csv), workspaceWith(), TODAY);
    expect(rows).toEqual([
      {
        row: 2,
        label: 'Beatrix Jansen',
        problem: null,
        record: {
          name: 'Beatrix Jansen',
          email: 'b@example.nl',
          skills: ['notuleren', 'SharePoint'],
          contracts: [{ from: '2027-02-01', hours: { mon: 7.5, tue: 7.5, wed: 0, thu: 4, fri: 0, sat: 0, sun: 0 } }],
          activeFrom: '2027-02-01',
          activeTo: null,
        },
      },
    ]);
  });

  it('reads an English CSV with , separator, skills split by ; and starting today when no date is given', () => {
    const csv = 'Name,Email,Skills,Mon,Tue,Wed,Thu,Fri\nCarl Smith,,minutes;travel,8,8,8,8,"4.5"\n';
    const [row] = previewPeople(parseCsv(csv), workspaceWith(), TODAY).rows;
    expect(row?.problem).toBeNull();
    expect(row?.record).toMatchObject({ name: 'Carl Smith', skills: ['minutes', 'travel'], activeFrom: TODAY });
    expect(row?.record?.contracts[0]?.hours.fri).toBe(4.5);
  });

  it('marks each problem row with its spreadsheet row number, column and value', () => {
    const csv = [
      'Naam;E-mail;Ma;Di',
      'Goed Mens;;8;8',
      ';;8;8',
      'Fout Uur;;7,3;8',
      'Anna de Vries;;8;8',
      '',
      'Goed Mens;;8;8',
      'Slecht Adres;geen-mail;8;8',
    ].join('\n');
    const rows = previewPeople(parseCsv(csv), workspaceWith(), TODAY).rows;
    expect(rows.map((r) => [r.row, r.problem?.code ?? 'ok', r.problem?.column ?? ''])).toEqual([
      [2, 'ok', ''],
      [3, 'missing_value', 'Naam'],
      [4, 'bad_hours', 'Ma'],
      [5, 'already_exists', 'Naam'],
      [7, 'duplicate', 'Naam'],
      [8, 'bad_email', 'E-mail'],
    ]);
  });

  it('checks every rule of the workspace at preview: a 200-character name is too long, in the name column', () => {
    const name = 'A'.repeat(200);
    const [row] = previewPeople(parseCsv(`Naam;Ma\n${name};8`), workspaceWith(), TODAY).rows;
    expect(row).toMatchObject({
      row: 2,
      record: null,
      problem: { code: 'too_long', column: 'Naam', value: name, limit: 120 },
    });
  });

  it('reports a skill over 40 characters instead of cutting it', () => {
    const [row] = previewPeople(
      parseCsv(`Naam;Vaardigheden;Ma\nKort Mens;${'s'.repeat(41)};8`),
      workspaceWith(),
      TODAY,
    ).rows;
    expect(row?.problem).toMatchObject({ code: 'too_long', column: 'Vaardigheden', limit: 40 });
  });

  it('names the missing column when the file has no name column', () => {
    const [row] = previewPeople(parseCsv('Wie;Ma\nX;8'), workspaceWith(), TODAY).rows;
    expect(row?.problem).toEqual({ code: 'missing_column', column: 'Naam', value: '' });
  });
});

describe('importing placements', () => {
  it('matches people and clients by name and reads Dutch status, dates and euros', () => {
    const csv =
      'Persoon;Klant;Van;Tot;Uren per week;Tarief;Status\nanna de vries;Huurder BV;01-01-2027;30-06-2027;16;€ 72,50;bevestigd';
    const [row] = previewPlacements(parseCsv(csv), workspaceWith()).rows;
    expect(row?.record).toEqual({
      personId: 'p-1',
      clientId: 'c-1',
      from: '2027-01-01',
      to: '2027-06-30',
      hoursPerWeek: 16,
      rates: [{ from: '2027-01-01', cents: 7250 }],
      status: 'confirmed',
      notes: '',
      corrections: [],
    });
  });

  it('reports an unknown person, an unknown client and an end before the start', () => {
    const csv = [
      'Person,Client,From,To,Hours per week,Rate,Status',
      'Nobody,Huurder BV,2027-01-01,,16,70,proposed',
      'Anna de Vries,Nowhere Ltd,2027-01-01,,16,70,proposed',
      'Anna de Vries,Huurder BV,2027-01-01,2026-01-01,16,70,proposed',
      'Anna de Vries,Huurder BV,2027-01-01,,16,70,maybe',
    ].join('\n');
    const codes = previewPlacements(parseCsv(csv), workspaceWith()).rows.map((r) => r.problem?.code);
    expect(codes).toEqual(['unknown_person', 'unknown_client', 'end_before_start', 'bad_status']);
  });

  it('refuses at preview a rate the workspace cannot store, naming the rate column', () => {
    const csv = 'Persoon;Klant;Van;Uren per week;Tarief\nAnna de Vries;Huurder BV;01-01-2027;16;€ 20000000000,00';
    const [row] = previewPlacements(parseCsv(csv), workspaceWith()).rows;
    expect(row?.problem).toMatchObject({ code: 'too_big', column: 'Tarief', value: '€ 20000000000,00' });
  });
});
