import { journalsApi } from '../../../core/api/journals-api';
import { actingUser, defineHandlers } from '../handler';
import { journalGrid } from './journal-grid';
import { addLesson, cancelLesson, layOutLessons, updateLessonDetails } from './lesson-service';
import { setMark } from './mark-service';
import { confirmAllPeriodGrades, listPeriodGrades, setPeriodGrade } from './period-grades';
import { closePeriod, grantUnlock, listUnlocks, revokeUnlock } from './period-locks';

export const journalsHandlers = defineHandlers(journalsApi, {
  'lessons.layOut': (ctx, input) => ({ created: layOutLessons(ctx.db, actingUser(ctx), input.assignmentId, input.periodId, ctx.now()) }),
  'lessons.add': (ctx, input) => ({ lesson: addLesson(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'lessons.update': (ctx, input) => ({ lesson: updateLessonDetails(ctx.db, actingUser(ctx), input, ctx.now(), ctx.today()) }),
  'lessons.cancel': (ctx, input) => ({ lesson: cancelLesson(ctx.db, actingUser(ctx), input.id, ctx.now()) }),
  'journals.grid': (ctx, input) => journalGrid(ctx.db, actingUser(ctx), input, ctx.now()),
  'journals.setMark': (ctx, input) => ({ mark: setMark(ctx.db, actingUser(ctx), input, ctx.now(), ctx.today()) }),
  'periodGrades.list': (ctx, input) => listPeriodGrades(ctx.db, actingUser(ctx), input.assignmentId, input.periodId),
  'periodGrades.set': (ctx, input) => ({ row: setPeriodGrade(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'periodGrades.confirmAll': (ctx, input) => ({ confirmed: confirmAllPeriodGrades(ctx.db, actingUser(ctx), input.assignmentId, input.periodId, ctx.now()) }),
  'periods.close': (ctx, input) => {
    closePeriod(ctx.db, actingUser(ctx), input.periodId, ctx.now());
    return {};
  },
  'periods.grantUnlock': (ctx, input) => ({ unlock: grantUnlock(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'periods.revokeUnlock': (ctx, input) => {
    revokeUnlock(ctx.db, actingUser(ctx), input.id, ctx.now());
    return {};
  },
  'periods.unlocks': (ctx, input) => ({ unlocks: listUnlocks(ctx.db, input.periodId, ctx.now()) }),
});
