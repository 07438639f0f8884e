import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate, schoolTimeZone } from '../../core/time/local-date';
import { academicYearStartOf } from '../../core/rules/calendar';
import { createBackend } from '../../electron/backend/backend';
import type { DemoSchoolOptions } from '../../electron/backend/demo/generate-demo-school';
import { seedDemoSchool } from '../../electron/backend/demo/seed-demo-school';
import type { BenchFixtures } from './bench-case';

/** Seeds a school into a new folder and closes it, so cases open it as the app would after a restart. */
async function seededFolder(root: string, label: string, options: DemoSchoolOptions): Promise<string> {
  const dataDir = join(root, label);
  const backend = createBackend({ dataDir });
  try {
    const started = performance.now();
    const summary = await seedDemoSchool(backend, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const marks = (backend.db.prepare('SELECT count(*) AS n FROM marks').get() as { n: number }).n;
    console.log(`  (fixture ${label}: ${summary.students} students, ${summary.staff} staff, ${marks} marks seeded in ${seconds} s)`);
  } finally {
    backend.close();
  }
  return dataDir;
}

/**
 * A day of the summer before the current academic year: the demo seeded "on" it is the previous year, its journals
 * complete from 1 September to the end of May, every entry in the past.
 */
function dayAfterAFinishedYear(): string {
  const yearStart = academicYearStartOf(localDate(new Date(), schoolTimeZone('UA')));
  return `${yearStart.slice(0, 4)}-06-15`;
}

export function createBenchFixtures(): BenchFixtures & { dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'school-office-bench-'));
  let demo: Promise<string> | undefined;
  const otherDemos = new Map<number, Promise<string>>();
  let journals: Promise<string> | undefined;
  let year: Promise<string> | undefined;
  let big: Promise<string> | undefined;
  let temps = 0;
  return {
    demoSchool: () => (demo ??= seededFolder(root, 'demo-school', { journals: false, history: false })),
    otherDemoSchool: (seed) => {
      let folder = otherDemos.get(seed);
      if (!folder) {
        folder = seededFolder(root, `demo-school-${seed}`, { seed, journals: false, history: false });
        otherDemos.set(seed, folder);
      }
      return folder;
    },
    demoJournals: () => (journals ??= seededFolder(root, 'demo-journals', {})),
    journalYear: () => (year ??= seededFolder(root, 'journal-year', { today: dayAfterAFinishedYear() })),
    bigSchool: () => (big ??= seededFolder(root, 'school-10k', { studentCount: 10_000, journals: false })),
    tempDir: (label) => mkdtempSync(join(root, `${label}-${++temps}-`)),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
