import { archiveApi, type CertificateInput } from '../../../core/api/archive-api';
import { localDateTime } from '../../../core/time/local-date';
import { schoolZone } from '../clock';
import { defineHandlers, type HandlerContext } from '../handler';
import { issuePrintout, printoutOf, renderStored } from '../print/printout';
import { documentEntry, listDocuments, markSigned, requireDocument } from './document-register';
import { signPdf } from './pdf-signer';
import { holderName, readP12 } from './pkcs12';

/** Why the director signs: readers show it beside the signature. */
const signingReason = 'Затверджую';

/** The registered document as printed, with the signature note, signed with the director's PKCS#12. */
async function signDocument(ctx: HandlerContext, id: string, certificate: CertificateInput) {
  const stored = requireDocument(ctx.db, id);
  const p12 = Buffer.from(certificate.p12Base64, 'base64');
  const signer = holderName(readP12(p12, certificate.passphrase).certificate);
  const now = ctx.now();
  const at = localDateTime(now, schoolZone(ctx.db));
  const { doc } = await renderStored(ctx, stored, { signer, at });
  const signed = await signPdf(await doc.save(), p12, certificate.passphrase, { reason: signingReason, signerName: signer, at: now });
  markSigned(ctx.db, id, signer, at);
  return printoutOf(documentEntry(ctx.db, id), signed);
}

export const archiveHandlers = defineHandlers(archiveApi, {
  'documents.list': (ctx, input) => listDocuments(ctx.db, input),
  'documents.reprint': (ctx, input) => {
    const { entry, content } = requireDocument(ctx.db, input.id);
    return issuePrintout(ctx, { content, fileName: entry.fileName }, entry.id);
  },
  'documents.sign': (ctx, input) => signDocument(ctx, input.id, input.certificate),
});
