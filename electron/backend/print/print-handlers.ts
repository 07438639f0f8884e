import { localDate } from '../clock';
import { defineHandlers } from '../handler';
import { alphabetBookPdf } from './alphabet-book-pdf';
import { classListPdf } from './class-list-pdf';
import { orderPdf } from './order-pdf';

export const printHandlers = defineHandlers<'print.order' | 'print.classList' | 'print.alphabetBook'>({
  'print.order': { permission: 'cards.read', run: (ctx, input) => orderPdf(ctx.db, ctx.fontsDir, input.id) },
  'print.alphabetBook': { permission: 'cards.read', run: (ctx) => alphabetBookPdf(ctx.db, ctx.fontsDir, localDate(ctx.now())) },
  'print.classList': { permission: 'cards.read', run: (ctx, input) => classListPdf(ctx.db, ctx.fontsDir, input.id, input.date, localDate(ctx.now())) },
});
