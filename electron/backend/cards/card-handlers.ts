import { cardsApi } from '../../../core/api/cards-api';
import { actingUser, defineHandlers } from '../handler';
import { findStaff, getStaff, saveStaff } from './staff/staff-service';
import { findStudents, getStudent, saveStudent } from './students/student-service';

export const cardHandlers = defineHandlers(cardsApi, {
  'students.list': (ctx, input) => findStudents(ctx.db, input, ctx.today()),
  'students.get': (ctx, input) => getStudent(ctx.db, input.id, ctx.today()),
  'students.save': (ctx, input) => saveStudent(ctx.db, actingUser(ctx), input, ctx.now()),
  'staff.list': (ctx, input) => findStaff(ctx.db, input),
  'staff.get': (ctx, input) => getStaff(ctx.db, input.id),
  'staff.save': (ctx, input) => saveStaff(ctx.db, actingUser(ctx), input, ctx.now()),
});
