import { printApi } from '../../../core/api/print-api';
import { requireClassInScope } from '../auth/scope';
import { actingUser, defineHandlers } from '../handler';
import { alphabetBookDocument } from './alphabet-book-document';
import { classLedgerDocument } from './class-ledger-document';
import { classListDocument } from './class-list-document';
import { orderDocument } from './order-document';
import { ordersRegisterDocument } from './orders-register-document';
import { personalFileDocument } from './personal-file-document';
import { issuePrintout } from './printout';
import { teachingLoadDocument } from './teaching-load-document';

export const printHandlers = defineHandlers(printApi, {
  'print.order': (ctx, input) => issuePrintout(ctx, orderDocument(ctx.db, input.id)),
  'print.alphabetBook': (ctx) => issuePrintout(ctx, alphabetBookDocument(ctx.db, ctx.today())),
  'print.classList': (ctx, input) => {
    requireClassInScope(ctx.db, actingUser(ctx), 'documents.print', input.id, ctx.today());
    return issuePrintout(ctx, classListDocument(ctx.db, input.id, input.date, ctx.today()));
  },
  'print.ordersRegister': (ctx, input) => issuePrintout(ctx, ordersRegisterDocument(ctx.db, input.academicYearId)),
  'print.classLedger': (ctx, input) => {
    requireClassInScope(ctx.db, actingUser(ctx), 'documents.print', input.classId, ctx.today());
    return issuePrintout(ctx, classLedgerDocument(ctx.db, input.classId));
  },
  'print.personalFile': (ctx, input) => issuePrintout(ctx, personalFileDocument(ctx.db, input.studentId)),
  'print.teachingLoad': (ctx, input) => issuePrintout(ctx, teachingLoadDocument(ctx.db, input.academicYearId)),
});
