import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { seedDemoSchool } from '../../electron/backend/demo/seed-demo-school';
import type { BenchFixtures } from './bench-case';

/** Seeds a school into a new folder and closes it, so cases open it as the app would after a restart. */
async function seededFolder(root: string, label: string, studentCount?: number): Promise<string> {
  const dataDir = join(root, label);
  const backend = createBackend({ dataDir });
  try {
    const started = performance.now();
    const summary = await seedDemoSchool(backend, studentCount === undefined ? {} : { studentCount });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`  (fixture ${label}: ${summary.students} students, ${summary.staff} staff seeded in ${seconds} s)`);
  } finally {
    backend.close();
  }
  return dataDir;
}

export function createBenchFixtures(): BenchFixtures & { dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'school-office-bench-'));
  let demo: Promise<string> | undefined;
  let big: Promise<string> | undefined;
  let temps = 0;
  return {
    demoSchool: () => (demo ??= seededFolder(root, 'demo-school')),
    bigSchool: () => (big ??= seededFolder(root, 'school-10k', 10_000)),
    tempDir: (label) => mkdtempSync(join(root, `${label}-${++temps}-`)),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
