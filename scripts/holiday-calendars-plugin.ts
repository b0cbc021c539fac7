import type { Plugin } from 'vite';

/** The calendars date-holidays-parser can leave out; Dutch holidays are Gregorian dates and Easter offsets. */
export const UNUSED_CALENDARS = ['julian', 'hebrew', 'islamic', 'jalaali', 'equinox', 'chinese', 'bengali'] as const;

const FACTORY = /date-holidays-parser[\\/]src[\\/]CalEventFactory\.js$/;

/** Drops each `// #ifndef no<calendar>` … `// #endif` block, the markers date-holidays' own `--min` build uses. */
export function withoutCalendars(source: string, calendars: readonly string[]): string {
  return calendars.reduce(
    (code, calendar) =>
      code.replace(new RegExp(`^[ \\t]*// #ifndef no${calendar}\\n[\\s\\S]*?^[ \\t]*// #endif\\n`, 'gm'), ''),
    source,
  );
}

/*
 * The parser imports every calendar it knows at the top of one module, so no bundler can drop the
 * ones a country never uses: astronomia alone is ~100 kB minified. This does at bundle time what
 * date-holidays documents as its custom build (`holidays2json --min`), without rewriting the
 * installed package.
 */
export function holidayCalendarsPlugin(): Plugin {
  return {
    name: 'secretariaat-holiday-calendars',
    enforce: 'pre',
    transform(code, id) {
      return FACTORY.test(id) ? { code: withoutCalendars(code, UNUSED_CALENDARS), map: null } : null;
    },
  };
}
