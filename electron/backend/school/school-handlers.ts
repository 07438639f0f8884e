import { actingUser, defineHandlers } from '../handler';
import { homeSummary, requireSchool, saveSchool } from './school-service';

export const schoolHandlers = defineHandlers<'school.get' | 'school.update' | 'home.summary'>({
  'school.get': { permission: 'authenticated', run: (ctx) => ({ school: requireSchool(ctx.db).school }) },
  'school.update': {
    permission: 'school.admin',
    run: (ctx, input) => ({ school: saveSchool(ctx.db, actingUser(ctx), input.school, ctx.now()) }),
  },
  'home.summary': { permission: 'authenticated', run: (ctx) => homeSummary(ctx.db) },
});
