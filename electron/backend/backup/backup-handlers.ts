import { backupApi } from '../../../core/api/backup-api';
import { AppError } from '../../../core/errors';
import { actingUser, defineHandlers, type HandlerContext } from '../handler';
import { restoreDatabase } from './backup-restore';
import { auditManualBackup, createBackup, listBackups, type BackupFile, type BackupProgress } from './backup-service';

/** What the contract answers of a backup: not the path on this computer. */
function described({ name, kind, madeAt, size }: BackupFile) {
  return { name, kind, madeAt, size };
}

/** Progress events of `job`: the pages copied, then the check of the copy. */
function progressOf(ctx: HandlerContext, job: string): BackupProgress {
  return (phase, done, total) => ctx.progress(job, phase, done, total);
}

export const backupHandlers = defineHandlers(backupApi, {
  'backup.list': (ctx) => ({ backups: listBackups(ctx.dataDir).map(described) }),
  'backup.create': async (ctx) => {
    const backup = await createBackup(ctx.db, ctx.dataDir, 'manual', ctx.now(), progressOf(ctx, 'backup.create'));
    auditManualBackup(ctx.db, actingUser(ctx), ctx.now(), backup.name);
    ctx.progress('backup.create', 'done', 1, 1);
    return { backup: described(backup) };
  },
  'backup.restore': async (ctx, input) => {
    const restored = listBackups(ctx.dataDir).find((b) => b.name === input.name);
    if (!restored) throw new AppError('NOT_FOUND', { name: input.name });
    const { replaced } = await restoreDatabase(ctx, restored.path, actingUser(ctx), progressOf(ctx, 'backup.restore'));
    ctx.progress('backup.restore', 'done', 1, 1);
    return { restored: described(restored), replaced: described(replaced) };
  },
});
