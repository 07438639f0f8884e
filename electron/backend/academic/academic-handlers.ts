import { academicYearSchema, academicYearStarting } from '../../../core/academic/academic-year';
import { academicApi } from '../../../core/api/academic-api';
import { AppError } from '../../../core/errors';
import { requireStudentInScope } from '../auth/scope';
import { requireCardRow } from '../cards/card-store';
import { createAcademicYear, currentAcademicYear, listAcademicYears, periodsOfYear, requireAcademicYear } from '../classes/academic-years';
import { classHistoryOf } from '../enrollments/enrollment-repository';
import { actingUser, defineHandlers } from '../handler';
import { requireSchool } from '../school/school-service';
import { alphabetBook } from './personal-file-numbers';

export const academicHandlers = defineHandlers(academicApi, {
  'students.classHistory': (ctx, input) => {
    requireCardRow(ctx.db, 'student', input.id);
    requireStudentInScope(ctx.db, actingUser(ctx), 'cards.read', input.id, ctx.today());
    return { entries: classHistoryOf(ctx.db, input.id) };
  },
  'academicYears.list': (ctx) => {
    const current = currentAcademicYear(ctx.db, ctx.today());
    return { years: listAcademicYears(ctx.db).map((year) => ({ ...year, current: year.id === current?.id })) };
  },
  'academicYears.create': (ctx, input) => {
    const defaults = academicYearStarting(Number(input.label.slice(0, 4)));
    const parsed = academicYearSchema.safeParse({ label: input.label, start: input.start ?? defaults.start, end: input.end ?? defaults.end });
    if (!parsed.success) throw new AppError('INVALID_INPUT', { path: 'end', reason: parsed.error.issues[0]?.message ?? '' });
    const { db } = ctx;
    return db.transaction(() => createAcademicYear(db, actingUser(ctx), parsed.data, requireSchool(db).school.country, ctx.now())).immediate();
  },
  'periods.list': (ctx, input) => ({ periods: periodsOfYear(ctx.db, requireAcademicYear(ctx.db, input.academicYearId).id) }),
  'alphabetBook.list': (ctx, input) => ({ entries: alphabetBook(ctx.db, input.letter) }),
});
