// `tsx scripts/nl-holiday-data.ts`: rewrites shared/capacity/nl-holidays.json from the installed date-holidays,
// then shared/capacity/nl-holiday-days.json (each year's days) from those rules.
import fs from 'node:fs';
import path from 'node:path';
import { HOLIDAY_TABLE_YEARS, holidaysFromRules } from '../shared/capacity/holidays.ts';

type HolidayData = {
  version: string;
  license: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
};

/*
 * date-holidays ships every country (≈ 800 kB of rules) in one module; the app needs the
 * Netherlands only. This keeps NL's rules and the shared names they refer to, for
 * date-holidays-parser, the engine date-holidays itself wraps. Rerun after upgrading date-holidays;
 * holidays.test.ts compares the result with the full package.
 */
function nlOnly(full: HolidayData): HolidayData {
  const nl = full.holidays.NL;
  const used = new Set<string>();
  JSON.stringify(nl, (key, value: unknown) => {
    if (key === '_name' && typeof value === 'string') used.add(value);
    return value;
  });
  const names = Object.fromEntries(Object.entries(full.names).filter(([key]) => used.has(key)));
  return { version: full.version, license: full.license, holidays: { NL: nl }, names };
}

const root = path.resolve(import.meta.dirname, '..');
const full = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/date-holidays/data/holidays.json'), 'utf8'),
) as HolidayData;
fs.writeFileSync(path.join(root, 'shared/capacity/nl-holidays.json'), `${JSON.stringify(nlOnly(full), null, 2)}\n`);

/* Month-day and key per year ("04-27 kingsDay"): a tenth of the size of whole objects in the bundle. */
const table = Object.fromEntries(
  HOLIDAY_TABLE_YEARS.map((year) => [
    String(year),
    holidaysFromRules(year).map((day) => `${day.date.slice(5)} ${day.key}`),
  ]),
);
fs.writeFileSync(path.join(root, 'shared/capacity/nl-holiday-days.json'), `${JSON.stringify(table)}\n`);
