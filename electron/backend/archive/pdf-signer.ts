import { SignPdf } from '@signpdf/signpdf';
import { ANNOTATION_FLAGS, DEFAULT_BYTE_RANGE_PLACEHOLDER, SIG_FLAGS, Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { AppError } from '../../../core/errors';
import { cadesDetachedSignature } from './cades-signature';
import { readP12, type P12Contents } from './pkcs12';

/** Room for the CMS in /Contents: the signature, the signer's certificate and a chain of a few more. */
const signatureLength = 24_576;

export interface SignatureDetails {
  /** Why it is signed, shown by PDF readers ("Затверджую"). */
  reason: string;
  /** The signer as the signature dictionary names them (readers show the certificate's name beside it). */
  signerName: string;
  /** The signing time: the dictionary's /M (PAdES B-B has no signing-time attribute). */
  at: Date;
}

/** @signpdf's signer interface over our CMS builder, which keeps the certificate's name bytes (forge issue #847). */
class CadesSigner extends Signer {
  constructor(private readonly contents: P12Contents) {
    super();
  }

  override sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Promise.resolve(Buffer.from(cadesDetachedSignature(pdfBuffer, this.contents)));
  }
}

/**
 * The signature field on the last page: a signature dictionary (SubFilter ETSI.CAdES.detached, /M, texts as UTF-16 so
 * Cyrillic survives) with a ByteRange and Contents placeholder that @signpdf fills in, and an invisible widget (the
 * visible note is drawn on the page by the print layer).
 */
function addPlaceholder(doc: PDFDocument, details: SignatureDetails): void {
  const page = doc.getPage(doc.getPageCount() - 1);
  const byteRange = PDFArray.withContext(doc.context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER));
  const signature = doc.context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: SUBFILTER_ETSI_CADES_DETACHED,
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(signatureLength * 2)),
    Reason: PDFHexString.fromText(details.reason),
    Name: PDFHexString.fromText(details.signerName),
    M: PDFString.fromDate(details.at),
  });
  // Written as it is, never inside an object stream, so @signpdf finds the placeholder in the file's bytes.
  const bytes = new Uint8Array(signature.sizeInBytes());
  signature.copyBytesInto(bytes, 0);
  const signatureRef = doc.context.register(PDFInvalidObject.of(bytes));
  const widget = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: [0, 0, 0, 0],
      V: signatureRef,
      T: PDFString.of('Signature1'),
      F: ANNOTATION_FLAGS.PRINT,
      P: page.ref,
    }),
  );
  const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? doc.context.obj([]);
  annotations.push(widget);
  page.node.set(PDFName.of('Annots'), annotations);
  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict) ?? doc.context.obj({});
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(SIG_FLAGS.SIGNATURES_EXIST | SIG_FLAGS.APPEND_ONLY));
  acroForm.set(PDFName.of('Fields'), doc.context.obj([widget]));
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(acroForm));
}

/**
 * Signs a PDF with the PKCS#12 `p12` (PAdES baseline B-B, DESIGN §8). The passphrase is used to open the file and
 * goes nowhere else. Refusals: CERTIFICATE_UNREADABLE, CERTIFICATE_PASSPHRASE_WRONG, SIGNING_FAILED.
 */
export async function signPdf(pdf: Uint8Array, p12: Uint8Array, passphrase: string, details: SignatureDetails): Promise<Uint8Array> {
  const contents = readP12(p12, passphrase);
  return signLaidOut(await PDFDocument.load(pdf, { updateMetadata: false }), contents, details);
}

/**
 * Signs pages still in memory with an opened PKCS#12: the document is saved once, with its signature placeholder, so
 * a package of many documents neither parses each PDF again nor opens the key file for each. Refusal: SIGNING_FAILED.
 */
export async function signLaidOut(doc: PDFDocument, contents: P12Contents, details: SignatureDetails): Promise<Uint8Array> {
  addPlaceholder(doc, details);
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  try {
    return new Uint8Array(await new SignPdf().sign(prepared, new CadesSigner(contents), details.at));
  } catch (err) {
    throw new AppError('SIGNING_FAILED', { reason: err instanceof Error ? err.message : 'unknown' });
  }
}
