import { journalsApi } from '../../../core/api/journals-api';
import { actingUser, defineHandlers } from '../handler';
import { journalGrid } from './journal-grid';
import { requireClassReportReach } from '../auth/scope';
import { journalOf } from './journal-access';
import { attendanceReport, completenessReport, lateEntries, studentAttendanceBySubject } from './journal-reports';
import { addLesson, cancelLesson, layOutLessons, updateLessonDetails } from './lesson-service';
import { setMark } from './mark-service';
import { confirmAllPeriodGrades, listPeriodGrades, setPeriodGrade } from './period-grades';
import { schoolPeriodGrades } from './school-period-grades';
import { closePeriod, grantUnlock, listUnlocks, revokeUnlock } from './period-locks';
import { confirmAllYearGrades, listYearGrades, setYearGrade } from './year-grades';

export const journalsHandlers = defineHandlers(journalsApi, {
  'lessons.layOut': (ctx, input) => ({ created: layOutLessons(ctx.db, actingUser(ctx), input.assignmentId, input.periodId, ctx.now()) }),
  'lessons.add': (ctx, input) => ({ lesson: addLesson(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'lessons.update': (ctx, input) => ({ lesson: updateLessonDetails(ctx.db, actingUser(ctx), input, ctx.now(), ctx.today()) }),
  'lessons.cancel': (ctx, input) => ({ lesson: cancelLesson(ctx.db, actingUser(ctx), input.id, ctx.now()) }),
  'journals.grid': (ctx, input) => journalGrid(ctx.db, actingUser(ctx), input, ctx.now()),
  'journals.setMark': (ctx, input) => ({ mark: setMark(ctx.db, actingUser(ctx), input, ctx.now(), ctx.today()) }),
  'periodGrades.list': (ctx, input) => listPeriodGrades(ctx.db, actingUser(ctx), input.assignmentId, input.periodId, ctx.now()),
  'periodGrades.school': (ctx, input) => ({ journals: schoolPeriodGrades(ctx.db, input.periodId) }),
  'periodGrades.set': (ctx, input) => ({ row: setPeriodGrade(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'periodGrades.confirmAll': (ctx, input) => ({ confirmed: confirmAllPeriodGrades(ctx.db, actingUser(ctx), input.assignmentId, input.periodId, ctx.now()) }),
  'yearGrades.list': (ctx, input) => listYearGrades(ctx.db, actingUser(ctx), input.assignmentId),
  'yearGrades.set': (ctx, input) => ({ row: setYearGrade(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'yearGrades.confirmAll': (ctx, input) => ({ confirmed: confirmAllYearGrades(ctx.db, actingUser(ctx), input.assignmentId, ctx.now()) }),
  'examGrades.set': (ctx, input) => ({ row: setYearGrade(ctx.db, actingUser(ctx), input, ctx.now(), 'exam') }),
  'journals.completeness': (ctx, input) => {
    requireClassReportReach(ctx.db, actingUser(ctx), 'journals.read', input.classId);
    return { rows: completenessReport(ctx.db, input, ctx.today()) };
  },
  'journals.lateEntries': (ctx, input) => {
    journalOf(ctx.db, actingUser(ctx), input.assignmentId, 'read');
    return { entries: lateEntries(ctx.db, input.assignmentId, input.periodId) };
  },
  'journals.attendance': (ctx, input) => {
    requireClassReportReach(ctx.db, actingUser(ctx), 'journals.read', input.classId);
    return { rows: attendanceReport(ctx.db, input.classId, input.from, input.to) };
  },
  'journals.studentAttendance': (ctx, input) => {
    requireClassReportReach(ctx.db, actingUser(ctx), 'journals.read', input.classId);
    return { rows: studentAttendanceBySubject(ctx.db, input.classId, input.studentId, input.from, input.to) };
  },
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
