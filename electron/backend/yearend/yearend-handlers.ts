import { localDate } from '../clock';
import { actingUser, defineHandlers } from '../handler';
import { importFirstGraders } from './first-grader-import';
import { backupBefore } from './year-end-backup';
import { applyYearEnd, listRuns, previewYearEnd } from './year-end-service';
import { undoYearEnd } from './year-end-undo';

export const yearEndHandlers = defineHandlers<'yearEnd.preview' | 'yearEnd.apply' | 'yearEnd.undo' | 'yearEnd.runs' | 'yearEnd.importFirstGraders'>({
  'yearEnd.preview': { permission: 'yearend.run', run: (ctx, input) => previewYearEnd(ctx.db, input, localDate(ctx.now())) },
  'yearEnd.apply': {
    permission: 'yearend.run',
    run: (ctx, input) => {
      const now = ctx.now();
      return applyYearEnd(ctx.db, actingUser(ctx), input, now, () => backupBefore(ctx.db, ctx.dataDir, 'before-year-end', now));
    },
  },
  'yearEnd.undo': { permission: 'yearend.run', run: (ctx, input) => ({ run: undoYearEnd(ctx.db, actingUser(ctx), input.runId, ctx.now()) }) },
  'yearEnd.runs': { permission: 'cards.read', run: (ctx) => ({ runs: listRuns(ctx.db) }) },
  'yearEnd.importFirstGraders': {
    permission: 'yearend.run',
    run: (_ctx, input) => importFirstGraders(Buffer.from(input.fileBase64, 'base64')),
  },
});
