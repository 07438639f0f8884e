import { yearEndApi, type YearEndProgress } from '../../../core/api/yearend-api';
import { actingUser, defineHandlers } from '../handler';
import { importFirstGraders } from './first-grader-import';
import { backupBefore } from './year-end-backup';
import { reportYearEndProgress, yearEndProgress } from './year-end-progress';
import { applyYearEnd, listRuns, previewYearEnd } from './year-end-service';
import { undoYearEnd } from './year-end-undo';

export const yearEndHandlers = defineHandlers(yearEndApi, {
  'yearEnd.preview': (ctx, input) => previewYearEnd(ctx.db, input, ctx.today()),
  'yearEnd.apply': async (ctx, input) => {
    const now = ctx.now();
    const report = (progress: YearEndProgress | null) => {
      reportYearEndProgress(ctx.db, progress);
      if (progress) ctx.progress('yearEnd.apply', progress.phase, progress.phase === 'backup' ? progress.pagesCopied : 0, progress.phase === 'backup' ? progress.pagesTotal : 0);
    };
    let pages = 0;
    const backup = async () => {
      const path = await backupBefore(ctx.db, ctx.dataDir, now, (progress) => {
        pages = progress.pagesTotal;
        report(progress);
      });
      report({ phase: 'transition', pagesCopied: pages, pagesTotal: pages });
      return path;
    };
    try {
      const result = await applyYearEnd(ctx.db, actingUser(ctx), input, now, backup);
      report({ phase: 'done', pagesCopied: pages, pagesTotal: pages });
      return result;
    } catch (err) {
      report(null);
      ctx.progress('yearEnd.apply', 'failed', 0, 0);
      throw err;
    }
  },
  'yearEnd.progress': (ctx) => ({ progress: yearEndProgress(ctx.db) }),
  'yearEnd.undo': (ctx, input) => {
    ctx.progress('yearEnd.undo', 'undo', 0, 1);
    try {
      return { run: undoYearEnd(ctx.db, actingUser(ctx), input.runId, ctx.now()) };
    } finally {
      ctx.progress('yearEnd.undo', 'done', 1, 1);
    }
  },
  'yearEnd.runs': (ctx) => ({ runs: listRuns(ctx.db) }),
  'yearEnd.importFirstGraders': (_ctx, input) => importFirstGraders(Buffer.from(input.fileBase64, 'base64')),
});
