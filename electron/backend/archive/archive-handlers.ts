import { archiveApi } from '../../../core/api/archive-api';
import { defineHandlers } from '../handler';
import { issuePrintout } from '../print/printout';
import { listDocuments, requireDocument } from './document-register';

export const archiveHandlers = defineHandlers(archiveApi, {
  'documents.list': (ctx, input) => listDocuments(ctx.db, input),
  'documents.reprint': (ctx, input) => {
    const { entry, content } = requireDocument(ctx.db, input.id);
    return issuePrintout(ctx, { content, fileName: entry.fileName }, entry.id);
  },
});
