import { localDate } from '../../clock';
import { actingUser, defineHandlers } from '../../handler';
import { findStudents, getStudent, saveStudent } from './student-service';

export const studentHandlers = defineHandlers<'students.list' | 'students.get' | 'students.save'>({
  'students.list': { permission: 'cards.read', run: (ctx, input) => findStudents(ctx.db, input, localDate(ctx.now())) },
  'students.get': { permission: 'cards.read', run: (ctx, input) => getStudent(ctx.db, input.id, localDate(ctx.now())) },
  'students.save': { permission: 'cards.write', run: (ctx, input) => saveStudent(ctx.db, actingUser(ctx), input, ctx.now()) },
});
