import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../core/api/progress';
import { hashPassword } from '../../../electron/backend/auth/password';
import { insertUser } from '../../../electron/backend/auth/users-repository';
import { createBackend } from '../../../electron/backend/backend';
import { runScheduledBackup } from '../../../electron/backend/backup/backup-schedule';
import { backupsFolder, createBackup, listBackups } from '../../../electron/backend/backup/backup-service';
import { fullStudentCard } from '../../fixtures/backend/cards';
import { openBlankOffice, openOffice, type Office } from '../../fixtures/office';
import { damage } from '../../fixtures/office/office-cli';

let t: Office;

beforeEach(async () => {
  t = await openOffice();
});

afterEach(() => t.dispose());

const kinds = () => listBackups(t.dataDir).map((b) => b.kind);

describe('backups in the app', () => {
  it('lists a manual backup with its kind, size and school-local time', async () => {
    t.clock.now = new Date('2025-11-20T10:15:30Z');
    const { backup } = await t.call('backup.create', {});
    expect(backup).toMatchObject({ kind: 'manual', madeAt: '2025-11-20 12:15:30', name: 'manual-2025-11-20_12-15-30.sqlite' });
    expect(backup.size).toBeGreaterThan(0);
    expect((await t.call('backup.list', {})).backups).toEqual([backup]);
  });

  it('reports a manual backup as progress events of backup.create, ending with done', async () => {
    const heard: ProgressEvent[] = [];
    const stop = t.backend.onProgress((event) => heard.push(event));
    await t.call('backup.create', {});
    stop();
    expect(heard.every((e) => e.job === 'backup.create')).toBe(true);
    expect(heard.map((e) => e.phase)).toContain('copy');
    expect(heard.at(-1)?.phase).toBe('done');
  });

  it('keeps two backups made in the same second apart', async () => {
    t.clock.now = new Date('2025-11-20T10:00:00Z');
    await t.call('backup.create', {});
    await t.call('backup.create', {});
    expect(readdirSync(backupsFolder(t.dataDir)).sort()).toEqual(['manual-2025-11-20_12-00-00-2.sqlite', 'manual-2025-11-20_12-00-00.sqlite']);
  });

  it('refuses backups to a user without school.admin', async () => {
    insertUser(t.backend.db, { id: randomUUID(), login: 'secretary', fullName: 'Секретар', roles: ['secretary'], staffId: null, mustChangePassword: false }, await hashPassword('secretary-pass'), t.clock.now);
    const secretary = await t.call('auth.login', { login: 'secretary', password: 'secretary-pass' });
    expect(await t.as(secretary.session).refusal('backup.create', {})).toEqual({ code: 'FORBIDDEN', params: { permission: 'school.admin' } });
  });
});

describe('the daily scheduled backup', () => {
  it('is made once per school-local day', async () => {
    const day = (at: string) => runScheduledBackup(t.backend.db, t.dataDir, new Date(at));
    expect(await day('2025-11-20T08:00:00Z')).not.toBeNull();
    expect(await day('2025-11-20T21:00:00Z')).toBeNull();
    // 22:30 UTC is already the next day in Kyiv.
    expect(await day('2025-11-20T22:30:00Z')).not.toBeNull();
    expect(kinds()).toEqual(['scheduled', 'scheduled']);
  });

  it('is kept 30 days; manual and before-* backups are kept however old', async () => {
    const db = t.backend.db;
    await createBackup(db, t.dataDir, 'manual', new Date('2025-09-01T08:00:00Z'));
    await createBackup(db, t.dataDir, 'before-year-end', new Date('2025-09-02T08:00:00Z'));
    for (let day = 1; day <= 40; day++) await runScheduledBackup(db, t.dataDir, new Date(Date.UTC(2025, 9, day, 8)));
    const scheduled = listBackups(t.dataDir).filter((b) => b.kind === 'scheduled');
    expect(scheduled).toHaveLength(30);
    expect(scheduled.at(-1)?.madeAt.slice(0, 10)).toBe('2025-10-11');
    expect(kinds()).toContain('manual');
    expect(kinds()).toContain('before-year-end');
  });

  it('is made when the app starts for the first time in a day, and not again that day', async () => {
    const options = { dataDir: t.dataDir, now: () => t.clock.now, scheduledBackups: true };
    for (let start = 0; start < 2; start++) {
      const app = createBackend(options);
      await app.backupsIdle();
      app.close();
    }
    expect(kinds()).toEqual(['scheduled']);
  });

  it('is not made before the school exists', async () => {
    const empty = openBlankOffice();
    expect(await runScheduledBackup(empty.backend.db, empty.dataDir, new Date())).toBeNull();
    expect(existsSync(backupsFolder(empty.dataDir))).toBe(false);
    empty.dispose();
  });
});

describe('restoring a backup in the app', () => {
  it('brings back the backed-up state and keeps a backup of the state it replaced', async () => {
    const { backup } = await t.call('backup.create', {});
    await t.call('students.save', { card: fullStudentCard() });
    const { restored, replaced } = await t.call('backup.restore', { name: backup.name });
    expect(restored).toEqual(backup);
    expect(replaced.kind).toBe('before-restore');
    expect((t.backend.db.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n).toBe(0);
    expect(existsSync(join(backupsFolder(t.dataDir), replaced.name))).toBe(true);
  });

  it('ends every session, so the user signs in again to the restored database', async () => {
    const { backup } = await t.call('backup.create', {});
    await t.call('backup.restore', { name: backup.name });
    expect(await t.refusal('auth.me', {})).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a damaged backup, changing nothing and backing up nothing', async () => {
    const { backup } = await t.call('backup.create', {});
    const damaged = 'manual-2025-11-19_09-00-00.sqlite';
    copyFileSync(join(backupsFolder(t.dataDir), backup.name), join(backupsFolder(t.dataDir), damaged));
    damage(join(backupsFolder(t.dataDir), damaged));
    expect(await t.refusal('backup.restore', { name: damaged })).toEqual({ code: 'BACKUP_FILE_CORRUPT', params: { file: damaged } });
    expect(kinds()).toEqual(['manual', 'manual']);
    expect((await t.call('auth.me', {})).user.login).toBe('Admin');
  });

  it('answers NOT_FOUND for a backup that is not in the folder', async () => {
    expect(await t.refusal('backup.restore', { name: 'manual-2025-01-01_00-00-00.sqlite' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('takes only names of the backups folder, never a path', async () => {
    expect(await t.refusal('backup.restore', { name: '../school-office.sqlite' })).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
