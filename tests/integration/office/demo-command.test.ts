import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { countRows, openDataDir, runOffice, type OfficeRun } from '../../fixtures/office/office-cli';

let dataDir: string;
let first: OfficeRun;

beforeAll(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'school-office-demo-')), 'school');
  first = runOffice('demo', '--data-dir', dataDir);
}, 300_000);

afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

/** Today's classes and the students in them: the demo's finished previous year holds more of both. */
function todaysSchool(): { classes: number; students: number } {
  const db = openDataDir(dataDir);
  try {
    return db
      .prepare(
        `SELECT (SELECT count(*) FROM classes WHERE academic_year_id = (SELECT id FROM academic_years ORDER BY start_date DESC LIMIT 1)) AS classes,
           (SELECT count(DISTINCT student_id) FROM enrollments WHERE to_date IS NULL AND deleted = 0) AS students`,
      )
      .get() as { classes: number; students: number };
  } finally {
    db.close();
  }
}

describe('npm run office -- demo', { timeout: 120_000 }, () => {
  it('seeds the demo school and prints what it made and the demo login', () => {
    expect(first.status).toBe(0);
    const { classes, students } = todaysSchool();
    expect(first.stdout).toContain(`staff: ${countRows(dataDir, 'staff')}, classes: ${classes}, students: ${students}`);
    expect(students).toBeGreaterThan(1000);
    expect(first.stdout).toContain(`Demo login: ${demoAdministrator.login} / ${demoAdministrator.password}`);
  });

  it('marks the database as the demo school and audits the cards under the demo administrator', () => {
    const db = openDataDir(dataDir);
    const school = db.prepare('SELECT demo FROM school').get() as { demo: number };
    const authors = db.prepare("SELECT DISTINCT user_name FROM audit_log WHERE entity = 'student'").all();
    db.close();
    expect(school.demo).toBe(1);
    expect(authors).toEqual([{ user_name: demoAdministrator.fullName }]);
  });

  it('refuses a folder that already holds a school, leaving it as it was', () => {
    const entries = countRows(dataDir, 'audit_log');
    const again = runOffice('demo', '--data-dir', dataDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('Error: the data folder already holds a school; the demo is seeded only into an empty data folder (SETUP_ALREADY_DONE)\n');
    expect(countRows(dataDir, 'audit_log')).toBe(entries);
  });
});
