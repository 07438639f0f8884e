import type { CertificateInput } from '../../../core/api/archive-api';
import type { Printout } from '../../../core/archive/document-entry';
import { localDateTime } from '../../../core/time/local-date';
import { schoolZone } from '../clock';
import type { HandlerContext } from '../handler';
import { printoutOf, renderStored } from '../print/printout';
import { documentEntry, markSigned, requireDocument } from './document-register';
import { signPdf } from './pdf-signer';
import { holderName, readP12 } from './pkcs12';

/** Why the director signs: readers show it beside the signature. */
const signingReason = 'Затверджую';

/** The registered document as printed, with the signature note, signed with the director's PKCS#12. */
export async function signDocument(ctx: HandlerContext, id: string, certificate: CertificateInput): Promise<Printout> {
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
