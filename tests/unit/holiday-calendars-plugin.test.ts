import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nlHolidays from '../../shared/capacity/nl-holidays.json' with { type: 'json' };
import { UNUSED_CALENDARS, withoutCalendars } from '../../scripts/holiday-calendars-plugin.ts';

const factoryFile = path.join(
  path.dirname(createRequire(import.meta.url).resolve('date-holidays-parser/package.json')),
  'src/CalEventFactory.js',
);

describe('the renderer build of the holiday engine', () => {
  it('keeps Easter and plain dates and leaves out the calendars (and their imports) the Netherlands never uses', () => {
    const stripped = withoutCalendars(fs.readFileSync(factoryFile, 'utf8'), UNUSED_CALENDARS);
    expect(stripped).toContain("case 'easter':");
    expect(stripped).toContain("import Easter from './Easter.js'");
    for (const name of ['Julian', 'Hebrew', 'Hijri', 'Jalaali', 'Equinox', 'Chinese', 'BengaliRevised']) {
      expect(stripped).not.toContain(`import ${name} `);
    }
  });

  it('is enough for every Dutch rule: each is a month-day, an Easter offset or an nth weekday of a month', () => {
    const gregorianOrEaster = /^(\d\d-\d\d|easter( -?\d+)?|\d(st|nd|rd|th) \w+day in \w+)( |$)/;
    for (const rule of Object.keys(nlHolidays.holidays.NL.days)) expect(rule).toMatch(gregorianOrEaster);
  });
});
