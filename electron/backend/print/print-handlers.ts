import { printApi } from '../../../core/api/print-api';
import { defineHandlers } from '../handler';
import { alphabetBookPdf } from './alphabet-book-pdf';
import { classListPdf } from './class-list-pdf';
import { orderPdf } from './order-pdf';

export const printHandlers = defineHandlers(printApi, {
  'print.order': (ctx, input) => orderPdf(ctx.db, ctx.fontsDir, input.id),
  'print.alphabetBook': (ctx) => alphabetBookPdf(ctx.db, ctx.fontsDir, ctx.today()),
  'print.classList': (ctx, input) => classListPdf(ctx.db, ctx.fontsDir, input.id, input.date, ctx.today()),
});
