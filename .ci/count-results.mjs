// Sums the unit and end-to-end results into the one line CI reads. A failing step that ran no
// test runner (typecheck, lint, build) still counts as one failure, so a red run never says "0 failed".
import fs from 'node:fs';

const status = Number(process.argv[2] ?? 1);
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;
// The quick unit tier and the slow checks run as two Vitest steps, each with its own file.
for (const file of ['.ci-results/unit.json', '.ci-results/slow.json']) {
  const vitest = read(file);
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
  }
}
const e2e = read('.ci-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
