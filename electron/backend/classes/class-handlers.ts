import { localDate } from '../clock';
import { actingUser, defineHandlers } from '../handler';
import { classDetail, createClassInYear, listClassesOfYear, listCurrentClasses, updateClassDetails } from './class-service';

export const classHandlers = defineHandlers<'classes.list' | 'classes.ofYear' | 'classes.create' | 'classes.update' | 'classes.get'>({
  'classes.list': { permission: 'cards.read', run: (ctx) => ({ classes: listCurrentClasses(ctx.db, localDate(ctx.now())) }) },
  'classes.ofYear': { permission: 'cards.read', run: (ctx, input) => ({ classes: listClassesOfYear(ctx.db, input, localDate(ctx.now())) }) },
  'classes.create': { permission: 'academic.manage', run: (ctx, input) => createClassInYear(ctx.db, actingUser(ctx), input, ctx.now()) },
  'classes.update': {
    permission: 'academic.manage',
    run: (ctx, input) => {
      updateClassDetails(ctx.db, actingUser(ctx), input, ctx.now());
      return {};
    },
  },
  'classes.get': { permission: 'cards.read', run: (ctx, input) => classDetail(ctx.db, input.id, input.date, localDate(ctx.now())) },
});
