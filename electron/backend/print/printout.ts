import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { PDFDocument } from 'pdf-lib';
import type { DocumentContent } from '../../../core/archive/document-content';
import type { DocumentEntry, Printout } from '../../../core/archive/document-entry';
import { codeOfDigest, documentIdOfCode } from '../../../core/archive/verification-code';
import { localDateTime } from '../../../core/time/local-date';
import { recordDocument, type StoredDocument } from '../archive/document-register';
import { canonicalJson } from '../audit/canonical-json';
import { schoolZone } from '../clock';
import { actingUser, type HandlerContext } from '../handler';
import { syncSettings } from '../sync/sync-settings';
import { layOutDocument, type PageStamp, type SignatureNote } from './pdf-layout';

/** A document built from the school's data, before it is stamped and registered. */
export interface DocumentDraft {
  content: DocumentContent;
  fileName: string;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * The verification code (docs/decisions.md, "Archive documents"): SHA-256 over the canonical JSON of the content's
 * hash, the school's code, the print time and the printing user — everything the stamp shows but the code itself —
 * and, for a reprint, the entry it reprints (so a reprint is another document even within the same minute).
 */
export function verificationCodeOf(contentSha256: string, schoolCode: string, printedAt: string, printedBy: string, reprintOf: string | null): string {
  return codeOfDigest(sha256(canonicalJson({ content: contentSha256, printedAt, printedBy, reprintOf, school: schoolCode })));
}

/** Where a scanned QR code leads: the configured central server's /verify page; null with no server configured. */
export function verifyUrlOf(db: Database.Database, code: string): string | null {
  const server = syncSettings(db).server_url;
  return server ? `${server.replace(/\/+$/, '')}/verify/${code}` : null;
}

/** The pages of a registered document, as printed (and with the signature note when signed). */
export async function renderStored(ctx: HandlerContext, stored: StoredDocument, note: SignatureNote | null = null) {
  const { entry, content, printedInstant } = stored;
  const stamp: PageStamp = { printedAt: entry.printedAt, printedBy: entry.printedBy, code: entry.code, verifyUrl: verifyUrlOf(ctx.db, entry.code) };
  return layOutDocument(ctx.fontsDir, content, stamp, printedInstant, note);
}

export function printoutOf(entry: DocumentEntry, bytes: Uint8Array): Printout {
  return { fileName: entry.fileName, pdfBase64: Buffer.from(bytes).toString('base64'), document: entry };
}

/** A document just printed and registered: its entry and its pages, laid out once, to save (or to sign first). */
export interface IssuedDocument {
  entry: DocumentEntry;
  doc: PDFDocument;
}

/**
 * Prints a document now, as the acting user: stamps every page, records it in the document register (synced to the
 * central server at the next Sync all). `reprintOf`: the entry this print repeats; `note`: the signature note, when
 * the pages are laid out to be signed at once (the signed copy has the same pages, DESIGN §8).
 */
export async function issueDocument(ctx: HandlerContext, draft: DocumentDraft, reprintOf: string | null = null, note: SignatureNote | null = null): Promise<IssuedDocument> {
  const user = actingUser(ctx);
  const now = ctx.now();
  const contentJson = canonicalJson(draft.content);
  const contentSha256 = sha256(contentJson).toString('hex');
  const printedAt = localDateTime(now, schoolZone(ctx.db));
  const code = verificationCodeOf(contentSha256, draft.content.school.code, printedAt, user.fullName, reprintOf);
  const provisional: DocumentEntry = {
    id: documentIdOfCode(code),
    code,
    kind: draft.content.kind,
    title: draft.content.title,
    fileName: draft.fileName,
    pages: 1,
    sha256: contentSha256,
    printedAt,
    printedBy: user.fullName,
    signedBy: null,
    signedAt: null,
    reprintOf,
  };
  const { doc, pages } = await renderStored(ctx, { entry: provisional, content: draft.content, printedInstant: now }, note);
  const entry = recordDocument(ctx.db, { entry: { ...provisional, pages }, contentJson, printedInstant: now, userId: user.id });
  return { entry, doc };
}

/** Prints a document now (issueDocument) and answers the PDF with its entry. */
export async function issuePrintout(ctx: HandlerContext, draft: DocumentDraft, reprintOf: string | null = null): Promise<Printout> {
  const { entry, doc } = await issueDocument(ctx, draft, reprintOf);
  return printoutOf(entry, await doc.save());
}
