import { journalFilesApi } from '../../../core/api/journal-files-api';
import { actingUser, defineHandlers } from '../handler';
import { exportJournal, importJournal } from './journal-file-service';

export const journalFilesHandlers = defineHandlers(journalFilesApi, {
  'journalFiles.export': (ctx, input) => exportJournal(ctx.db, actingUser(ctx), input.assignmentId, input.periodId, { now: ctx.now(), today: ctx.today() }),
  'journalFiles.import': (ctx, input) => importJournal(ctx.db, actingUser(ctx), input, { now: ctx.now(), today: ctx.today() }),
});
