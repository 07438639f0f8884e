import { printApi } from '../../../core/api/print-api';
import { requireClassInScope } from '../auth/scope';
import { actingUser, defineHandlers } from '../handler';
import { alphabetBookDocument } from './alphabet-book-document';
import { classListDocument } from './class-list-document';
import { orderDocument } from './order-document';
import { ordersRegisterDocument } from './orders-register-document';
import { issuePrintout } from './printout';

export const printHandlers = defineHandlers(printApi, {
  'print.order': (ctx, input) => issuePrintout(ctx, orderDocument(ctx.db, input.id)),
  'print.alphabetBook': (ctx) => issuePrintout(ctx, alphabetBookDocument(ctx.db, ctx.today())),
  'print.classList': (ctx, input) => {
    requireClassInScope(ctx.db, actingUser(ctx), 'documents.print', input.id, ctx.today());
    return issuePrintout(ctx, classListDocument(ctx.db, input.id, input.date, ctx.today()));
  },
  'print.ordersRegister': (ctx, input) => issuePrintout(ctx, ordersRegisterDocument(ctx.db, input.academicYearId)),
});
