import type { YearEndProgress } from '../../../core/api/yearend-api';
import { localDate } from '../clock';
import { actingUser, defineHandlers } from '../handler';
import { importFirstGraders } from './first-grader-import';
import { backupBefore } from './year-end-backup';
import { reportYearEndProgress, yearEndProgress } from './year-end-progress';
import { applyYearEnd, listRuns, previewYearEnd } from './year-end-service';
import { undoYearEnd } from './year-end-undo';

export const yearEndHandlers = defineHandlers<'yearEnd.preview' | 'yearEnd.apply' | 'yearEnd.progress' | 'yearEnd.undo' | 'yearEnd.runs' | 'yearEnd.importFirstGraders'>({
  'yearEnd.preview': { permission: 'yearend.run', run: (ctx, input) => previewYearEnd(ctx.db, input, localDate(ctx.now())) },
  'yearEnd.apply': {
    permission: 'yearend.run',
    run: async (ctx, input) => {
      const now = ctx.now();
      const report = (progress: YearEndProgress | null) => reportYearEndProgress(ctx.db, progress);
      let pages = 0;
      const backup = async () => {
        const path = await backupBefore(ctx.db, ctx.dataDir, 'before-year-end', now, (progress) => {
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
        throw err;
      }
    },
  },
  'yearEnd.progress': { permission: 'yearend.run', run: (ctx) => ({ progress: yearEndProgress(ctx.db) }) },
  'yearEnd.undo': { permission: 'yearend.run', run: (ctx, input) => ({ run: undoYearEnd(ctx.db, actingUser(ctx), input.runId, ctx.now()) }) },
  'yearEnd.runs': { permission: 'cards.read', run: (ctx) => ({ runs: listRuns(ctx.db) }) },
  'yearEnd.importFirstGraders': {
    permission: 'yearend.run',
    run: (_ctx, input) => importFirstGraders(Buffer.from(input.fileBase64, 'base64')),
  },
});
