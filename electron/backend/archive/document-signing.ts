import type { PDFDocument } from 'pdf-lib';
import type { CertificateInput } from '../../../core/api/archive-api';
import type { DocumentEntry, Printout } from '../../../core/archive/document-entry';
import { localDateTime } from '../../../core/time/local-date';
import { schoolZone } from '../clock';
import type { HandlerContext } from '../handler';
import type { SignatureNote } from '../print/pdf-layout';
import { printoutOf, renderStored } from '../print/printout';
import { documentEntry, markSigned, requireDocument } from './document-register';
import { signLaidOut } from './pdf-signer';
import { holderName, readP12, type P12Contents } from './pkcs12';

/** Why the director signs: readers show it beside the signature. */
const signingReason = 'Затверджую';

/** The director's PKCS#12 opened once (its key derivation is the costly part) and the holder's name. */
export interface SigningKey {
  contents: P12Contents;
  signer: string;
}

/** Opens the certificate. Refusals: CERTIFICATE_UNREADABLE, CERTIFICATE_PASSPHRASE_WRONG. */
export function openSigningKey(certificate: CertificateInput): SigningKey {
  const contents = readP12(Buffer.from(certificate.p12Base64, 'base64'), certificate.passphrase);
  return { contents, signer: holderName(contents.certificate) };
}

/** What a copy signed at `now` shows under the signature block. */
export function signatureNoteOf(ctx: HandlerContext, key: SigningKey, now: Date): SignatureNote {
  return { signer: key.signer, at: localDateTime(now, schoolZone(ctx.db)) };
}

/** Signs the laid-out pages (drawn with signatureNoteOf(…, now)) of the registered document `id` and marks it signed. */
export async function sealDocument(ctx: HandlerContext, id: string, doc: PDFDocument, key: SigningKey, now: Date): Promise<{ entry: DocumentEntry; pdf: Uint8Array }> {
  const pdf = await signLaidOut(doc, key.contents, { reason: signingReason, signerName: key.signer, at: now });
  markSigned(ctx.db, id, key.signer, signatureNoteOf(ctx, key, now).at);
  return { entry: documentEntry(ctx.db, id), pdf };
}

/** The registered document as printed, with the signature note, signed with the director's PKCS#12. */
export async function signDocument(ctx: HandlerContext, id: string, certificate: CertificateInput): Promise<Printout> {
  const stored = requireDocument(ctx.db, id);
  const key = openSigningKey(certificate);
  const now = ctx.now();
  const { doc } = await renderStored(ctx, stored, signatureNoteOf(ctx, key, now));
  const { entry, pdf } = await sealDocument(ctx, id, doc, key, now);
  return printoutOf(entry, pdf);
}
