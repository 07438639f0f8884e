import { cardsApi } from '../../../core/api/cards-api';
import { requireStudentInScope, scopeOf } from '../auth/scope';
import { actingUser, defineHandlers } from '../handler';
import { deleteCard } from './card-removal';
import { draftDuplicates } from './draft-duplicates';
import { findStaff, getStaff, saveStaff } from './staff/staff-service';
import { findStudentNames, findStudents, getStudent, saveStudent, saveStudentContacts } from './students/student-service';

export const cardHandlers = defineHandlers(cardsApi, {
  'students.list': (ctx, input) => findStudents(ctx.db, input, ctx.today(), scopeOf(ctx.db, actingUser(ctx), 'cards.read', ctx.today())),
  'students.get': (ctx, input) => {
    requireStudentInScope(ctx.db, actingUser(ctx), 'cards.read', input.id, ctx.today());
    return getStudent(ctx.db, input.id, ctx.today());
  },
  'students.names': (ctx, input) => findStudentNames(ctx.db, input, ctx.today(), scopeOf(ctx.db, actingUser(ctx), 'students.names', ctx.today())),
  'students.save': (ctx, input) => saveStudent(ctx.db, actingUser(ctx), input, ctx.now()),
  'students.duplicates': (ctx, input) => ({ duplicates: draftDuplicates(ctx.db, { type: 'student', card: input.card }, input.id, ctx.today()) }),
  'students.delete': (ctx, input) => deleteCard(ctx.db, actingUser(ctx), 'student', input.id, input.version, ctx.now()),
  'students.saveContacts': (ctx, input) => {
    requireStudentInScope(ctx.db, actingUser(ctx), 'contacts.write', input.id, ctx.today());
    return saveStudentContacts(ctx.db, actingUser(ctx), input, ctx.now());
  },
  'staff.list': (ctx, input) => findStaff(ctx.db, input),
  'staff.get': (ctx, input) => getStaff(ctx.db, input.id),
  'staff.save': (ctx, input) => saveStaff(ctx.db, actingUser(ctx), input, ctx.now()),
  'staff.duplicates': (ctx, input) => ({ duplicates: draftDuplicates(ctx.db, { type: 'staff', card: input.card }, input.id, ctx.today()) }),
  'staff.delete': (ctx, input) => deleteCard(ctx.db, actingUser(ctx), 'staff', input.id, input.version, ctx.now()),
});
