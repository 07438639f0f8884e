import { localDate } from '../clock';
import { defineHandlers } from '../handler';
import { classListPdf } from './class-list-pdf';
import { orderPdf } from './order-pdf';

export const printHandlers = defineHandlers<'print.order' | 'print.classList'>({
  'print.order': { permission: 'cards.read', run: (ctx, input) => orderPdf(ctx.db, ctx.fontsDir, input.id) },
  'print.classList': { permission: 'cards.read', run: (ctx, input) => classListPdf(ctx.db, ctx.fontsDir, input.id, input.date, localDate(ctx.now())) },
});
