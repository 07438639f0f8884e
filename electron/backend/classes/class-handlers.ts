import { classesApi } from '../../../core/api/classes-api';
import { actingUser, defineHandlers } from '../handler';
import { classDetail, createClassInYear, listClassesOfYear, listCurrentClasses, updateClassDetails } from './class-service';

export const classHandlers = defineHandlers(classesApi, {
  'classes.list': (ctx) => ({ classes: listCurrentClasses(ctx.db, ctx.today()) }),
  'classes.ofYear': (ctx, input) => ({ classes: listClassesOfYear(ctx.db, input, ctx.today()) }),
  'classes.create': (ctx, input) => createClassInYear(ctx.db, actingUser(ctx), input, ctx.now()),
  'classes.update': (ctx, input) => {
    updateClassDetails(ctx.db, actingUser(ctx), input, ctx.now());
    return {};
  },
  'classes.get': (ctx, input) => classDetail(ctx.db, input.id, input.date, ctx.today()),
});
