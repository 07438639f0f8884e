import { localDate } from '../clock';
import { defineHandlers } from '../handler';
import { listCurrentClasses } from './class-service';

export const classHandlers = defineHandlers<'classes.list'>({
  'classes.list': { permission: 'cards.read', run: (ctx) => ({ classes: listCurrentClasses(ctx.db, localDate(ctx.now())) }) },
});
