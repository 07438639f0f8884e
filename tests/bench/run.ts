import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchCase } from './bench-case';
import { createBenchFixtures } from './bench-fixtures';
import { formatTable, writeResults } from './bench-report';
import { measure, type CaseResult } from './measure';

/**
 * `npm run bench [-- NAME…]`: runs every case module under `cases/` (or those whose name contains one of the
 * arguments), prints the budget table and writes the figures to bench/results/.
 */
const root = resolve(import.meta.dirname, '../..');
const casesDir = join(import.meta.dirname, 'cases');

async function loadCases(filters: readonly string[]): Promise<BenchCase[]> {
  const files = readdirSync(casesDir).filter((f) => f.endsWith('.ts')).sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(casesDir, file)).href)) as { default?: BenchCase };
    if (!module.default) throw new Error(`${file} has no default export (a defineBenchCase({ … }))`);
    cases.push(module.default);
  }
  return filters.length === 0 ? cases : cases.filter((c) => filters.some((f) => c.name.includes(f)));
}

async function main() {
  const startedAt = new Date();
  const cases = await loadCases(process.argv.slice(2));
  const fixtures = createBenchFixtures();
  const results: CaseResult[] = [];
  try {
    for (const benchCase of cases) {
      process.stdout.write(`… ${benchCase.name}: ${benchCase.title}\n`);
      const result = await measure(benchCase, fixtures);
      if (result.error) console.error(`  ${benchCase.name} failed: ${result.error}`);
      results.push(result);
    }
  } finally {
    fixtures.dispose();
  }
  console.log(`\n${formatTable(results)}\n`);
  const path = writeResults(join(root, 'bench/results'), results, startedAt);
  console.log(`Written to ${path} and bench/results/latest.json`);
  const failed = results.filter((r) => !r.pass).length;
  console.log(failed === 0 ? `All ${results.length} budgets met.` : `${failed} of ${results.length} budgets missed.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
