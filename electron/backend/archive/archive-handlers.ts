import { archiveApi } from '../../../core/api/archive-api';
import { defineHandlers } from '../handler';
import { issuePrintout } from '../print/printout';
import { buildArchive } from './archive-package';
import { listDocuments, requireDocument } from './document-register';
import { signDocument } from './document-signing';

export const archiveHandlers = defineHandlers(archiveApi, {
  'documents.list': (ctx, input) => listDocuments(ctx.db, input),
  'documents.reprint': (ctx, input) => {
    const { entry, content } = requireDocument(ctx.db, input.id);
    return issuePrintout(ctx, { content, fileName: entry.fileName }, entry.id);
  },
  'documents.sign': (ctx, input) => signDocument(ctx, input.id, input.certificate),
  'archive.build': (ctx, input) => buildArchive(ctx, input.academicYearId, input.certificate),
});
