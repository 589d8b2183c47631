// Prints one closing line over the vitest JSON reports of the last `npm test`: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['artifacts/unit-results.json', 'artifacts/e2e-results.json']) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: that suite did not run`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed || passed === 0 ? 1 : 0;
