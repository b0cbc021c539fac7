import { configDefaults, defineConfig } from 'vitest/config';

const ALL = [
  'shared/**/*.test.ts',
  'electron/**/*.test.ts',
  'renderer/**/*.test.{ts,tsx}',
  'tests/unit/**/*.test.ts',
  'tests/security/**/*.test.ts',
];

/**
 * The checks that take minutes (fuzzing every operation, killing a writer 55 times, PostgreSQL
 * clusters, LibreOffice, hostile spreadsheets in the reading process, the Electronegativity scan): their own step, `npm run test:slow`, so
 * `npm run test:unit` stays a quick loop. `npx vitest run <path>` still finds a test in either.
 */
const SLOW = [
  'tests/unit/contract-fuzz.test.ts',
  'electron/services/import/read-table.test.ts',
  'tests/unit/crash-safety.test.ts',
  'tests/unit/team-load.test.ts',
  'tests/unit/team-server.test.ts',
  'tests/unit/storage-contract.test.ts',
  'tests/unit/two-processes.test.ts',
  'tests/unit/disk-full.test.ts',
  'tests/unit/csv-in-libreoffice.test.ts',
  'tests/security/electronegativity.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // CI sums these files into its one result line (.ci/count-results.mjs); test:slow writes slow.json.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci-results/unit.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ALL, exclude: [...configDefaults.exclude, ...SLOW] } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
