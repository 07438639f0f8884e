import { yearEndApi } from '../../../core/api/yearend-api';
import { actingUser, defineHandlers } from '../handler';
import { requireSchool } from '../school/school-service';
import { firstGraderTemplate, importFirstGraders } from './first-grader-import';
import { backupBefore } from './year-end-backup';
import { applyYearEnd, listRuns, previewYearEnd } from './year-end-service';
import { undoYearEnd } from './year-end-undo';

export const yearEndHandlers = defineHandlers(yearEndApi, {
  'yearEnd.preview': (ctx, input) => previewYearEnd(ctx.db, input, ctx.today()),
  'yearEnd.apply': async (ctx, input) => {
    const now = ctx.now();
    const report = (phase: string, done = 0, total = 0) => ctx.progress('yearEnd.apply', phase, done, total);
    const backup = async () => {
      const path = await backupBefore(ctx.db, ctx.dataDir, now, report);
      report('transition');
      return path;
    };
    try {
      const result = await applyYearEnd(ctx.db, actingUser(ctx), input, now, backup);
      report('done');
      return result;
    } catch (err) {
      report('failed');
      throw err;
    }
  },
  'yearEnd.undo': (ctx, input) => {
    ctx.progress('yearEnd.undo', 'undo', 0, 1);
    try {
      return { run: undoYearEnd(ctx.db, actingUser(ctx), input.runId, ctx.now()) };
    } finally {
      ctx.progress('yearEnd.undo', 'done', 1, 1);
    }
  },
  'yearEnd.runs': (ctx) => ({ runs: listRuns(ctx.db) }),
  'yearEnd.importFirstGraders': (ctx, input) =>
    importFirstGraders(Buffer.from(input.fileBase64, 'base64'), { country: requireSchool(ctx.db).school.country, today: ctx.today() }),
  'yearEnd.firstGraderTemplate': async () => ({ fileBase64: (await firstGraderTemplate()).toString('base64') }),
});
