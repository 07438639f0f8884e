import { classesApi } from '../../../core/api/classes-api';
import { inScope } from '../auth/object-scope';
import { requireClassInScope, scopeOf } from '../auth/scope';
import { actingUser, defineHandlers } from '../handler';
import { classDetail, createClassInYear, listClassesOfYear, listCurrentClasses, updateClassDetails } from './class-service';

export const classHandlers = defineHandlers(classesApi, {
  'classes.list': (ctx) => {
    const scope = scopeOf(ctx.db, actingUser(ctx), 'students.names', ctx.today());
    return { classes: listCurrentClasses(ctx.db, ctx.today()).filter((c) => inScope(scope, c.id)) };
  },
  'classes.ofYear': (ctx, input) => {
    const scope = scopeOf(ctx.db, actingUser(ctx), 'cards.read', ctx.today());
    return { classes: listClassesOfYear(ctx.db, input, ctx.today()).filter((c) => inScope(scope, c.id)) };
  },
  'classes.create': (ctx, input) => createClassInYear(ctx.db, actingUser(ctx), input, ctx.now()),
  'classes.update': (ctx, input) => {
    updateClassDetails(ctx.db, actingUser(ctx), input, ctx.now());
    return {};
  },
  'classes.get': (ctx, input) => {
    requireClassInScope(ctx.db, actingUser(ctx), 'cards.read', input.id, ctx.today());
    return classDetail(ctx.db, input.id, input.date, ctx.today());
  },
});
