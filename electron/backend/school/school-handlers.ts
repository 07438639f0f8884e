import { schoolApi } from '../../../core/api/school-api';
import { actingUser, defineHandlers } from '../handler';
import { homeSummary, requireSchool, saveSchool } from './school-service';

export const schoolHandlers = defineHandlers(schoolApi, {
  'school.get': (ctx) => ({ school: requireSchool(ctx.db).school }),
  'school.update': (ctx, input) => ({ school: saveSchool(ctx.db, actingUser(ctx), input.school, ctx.now()) }),
  'home.summary': (ctx) => homeSummary(ctx.db, ctx.today()),
});
