import { cardFilesApi } from '../../../core/api/card-files-api';
import { createBackup } from '../backup/backup-service';
import { actingUser, defineHandlers, type HandlerContext } from '../handler';
import { cardTemplate, exportCards } from './card-export';
import type { CardKind } from './card-sheets';
import { importCards } from './card-import';

/** Runs a long job of `job`, ending its progress with done or failed. */
async function asJob<T>(ctx: HandlerContext, job: string, work: (progress: (phase: string, done: number, total: number) => void) => Promise<T>): Promise<T> {
  const progress = (phase: string, done: number, total: number) => ctx.progress(job, phase, done, total);
  try {
    const result = await work(progress);
    progress('done', 1, 1);
    return result;
  } catch (err) {
    progress('failed', 0, 0);
    throw err;
  }
}

function importOf(ctx: HandlerContext, kind: CardKind, job: string, input: { fileBase64: string; apply: boolean }) {
  const user = actingUser(ctx);
  const now = ctx.now();
  return asJob(ctx, job, (progress) =>
    importCards(
      {
        db: ctx.db,
        user,
        now,
        today: ctx.today(),
        progress,
        backup: async () => (await createBackup(ctx.db, ctx.dataDir, 'before-import', now, (_phase, done, total) => progress('backup', done, total))).path,
      },
      kind,
      Buffer.from(input.fileBase64, 'base64'),
      input.apply,
    ),
  );
}

export const cardFilesHandlers = defineHandlers(cardFilesApi, {
  'studentFiles.template': async (ctx) => ({ fileBase64: (await cardTemplate(ctx.db, 'student')).toString('base64') }),
  'studentFiles.import': (ctx, input) => importOf(ctx, 'student', 'studentFiles.import', input),
  'studentFiles.export': (ctx) => asJob(ctx, 'studentFiles.export', async (progress) => ({ fileBase64: (await exportCards(ctx.db, 'student', ctx.today(), progress)).toString('base64') })),
  'staffFiles.template': async (ctx) => ({ fileBase64: (await cardTemplate(ctx.db, 'staff')).toString('base64') }),
  'staffFiles.import': (ctx, input) => importOf(ctx, 'staff', 'staffFiles.import', input),
  'staffFiles.export': (ctx) => asJob(ctx, 'staffFiles.export', async (progress) => ({ fileBase64: (await exportCards(ctx.db, 'staff', ctx.today(), progress)).toString('base64') })),
});
