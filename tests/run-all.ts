import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `npm test`: builds the renderer, runs vitest (unit + integration) and Playwright (end to end), and ends with
 * one line `N passed, N failed` summed over both, which CI reads.
 */
const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestCounts(path: string): Counts | undefined {
  const report = readJson(path) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  if (!report) return undefined;
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(path: string): Counts | undefined {
  const report = readJson(path) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (!report) return undefined;
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const vitestReport = resolve(results, 'vitest.json');
const playwrightReport = resolve(results, 'playwright.json');
rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

const buildStatus = run('npm', ['run', '--silent', 'build:renderer']);
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const playwrightStatus =
  buildStatus === 0 ? run('npx', ['playwright', 'test']) : 1;

// A runner that crashed before writing its report counts as one failure, so a broken suite is never green.
const vitest = vitestCounts(vitestReport) ?? { passed: 0, failed: 1, skipped: 0 };
const playwright = playwrightCounts(playwrightReport) ?? { passed: 0, failed: 1, skipped: 0 };
const passed = vitest.passed + playwright.passed;
const failed = vitest.failed + playwright.failed + (buildStatus === 0 ? 0 : 1);
const skipped = vitest.skipped + playwright.skipped;

console.log(`\nvitest: ${vitest.passed} passed, ${vitest.failed} failed; playwright: ${playwright.passed} passed, ${playwright.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && vitestStatus === 0 && playwrightStatus === 0 ? 0 : 1);
