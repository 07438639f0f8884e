import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataDir, runOffice, schoolDataDir } from '../../fixtures/office/office-cli';

let dataDir: string;
let studentId: string;

beforeEach(async () => {
  ({ dataDir, studentId } = await schoolDataDir());
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run office -- verify-audit', { timeout: 120_000 }, () => {
  it('exits 0 with a short OK line while the chain holds', () => {
    const run = runOffice('verify-audit', '--data-dir', dataDir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Audit log OK: 4 entries, the hash chain is intact\.\n$/);
  });

  it('exits 1 naming the first broken row: its number, time and entity', () => {
    const db = openDataDir(dataDir);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET user_name = 'Хтось інший' WHERE entity = 'student'").run();
    const { seq, at } = db.prepare("SELECT seq, at FROM audit_log WHERE entity = 'student'").get() as { seq: number; at: string };
    db.close();
    const run = runOffice('verify-audit', '--data-dir', dataDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`Error: the audit log's hash chain is broken at entry ${seq}, at ${at}, student ${studentId}\n`);
    expect(run.stdout).toContain(`the ${seq - 1} entries before it are intact`);
  });
});
