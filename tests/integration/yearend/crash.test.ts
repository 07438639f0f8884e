import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/backend/db/open-database';
import { dumpDomain, openDemoOffice, seedDemoFolder, type SeededDemo } from '../../fixtures/yearend/demo-office';

const child = resolve(import.meta.dirname, '../../fixtures/yearend/apply-year-end-child.ts');
const runs = 6;

/** Runs the child on `dataDir` and kills it `killAfterMs` after it starts applying; tells whether it finished first. */
function applyAndKill(dataDir: string, killAfterMs: number): Promise<'killed' | 'finished'> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('applying') && !output.includes('killing')) {
        output += 'killing';
        setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done(output.includes('done') ? 'finished' : 'killed');
      else if (code === 0) done('finished');
      else fail(new Error(`child failed (${String(code)}): ${errors}`));
    });
  });
}

describe('a year-end transition killed midway', () => {
  let seeded: SeededDemo;
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    seeded = await seedDemoFolder();
    const db = new Database(join(seeded.dataDir, databaseFileName), { readonly: true });
    before = dumpDomain(db);
    db.close();
  }, 120_000);
  afterAll(() => rmSync(seeded.dataDir, { recursive: true, force: true }));

  it(
    'leaves the database as it was or wholly transitioned, never half, over several random kills',
    async () => {
      const outcomes: string[] = [];
      for (let i = 0; i < runs; i += 1) {
        const dataDir = mkdtempSync(join(tmpdir(), 'school-office-crash-'));
        cpSync(seeded.dataDir, dataDir, { recursive: true });
        // Spread the kills from the backup through the transaction to its commit.
        await applyAndKill(dataDir, Math.floor(((i + Math.random()) / runs) * 1500));
        const office = await openDemoOffice(dataDir);
        try {
          // The demo's own transition of its finished year stands in every copy; only this year's run is the test's.
          const made = (await office.call('yearEnd.runs', {})).runs.filter((r) => r.closingYear === '2025/2026');
          if (made.length === 0) {
            expect(dumpDomain(office.backend.db)).toEqual(before);
            outcomes.push('as before');
          } else {
            // Wholly transitioned: the recorded run undoes to exactly the state before it.
            expect(made[0]?.orders.map((o) => o.kind)).toEqual(['graduate', 'promote']);
            await office.call('yearEnd.undo', {});
            expect(dumpDomain(office.backend.db)).toEqual(before);
            outcomes.push('transitioned');
          }
        } finally {
          office.dispose();
        }
      }
      expect(outcomes).toHaveLength(runs);
    },
    300_000,
  );
});
