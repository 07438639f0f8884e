import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { CertificateInput } from '../../../core/api/archive-api';
import type { ArchiveKind, ArchiveManifest, ArchiveManifestEntry } from '../../../core/archive/archive-manifest';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { requireAcademicYear } from '../classes/academic-years';
import { classesOfYear } from '../classes/class-repository';
import { prepared } from '../db/prepared';
import { actingUser, type HandlerContext } from '../handler';
import { alphabetBookDocument } from '../print/alphabet-book-document';
import { classLedgerDocument } from '../print/class-ledger-document';
import { ordersRegisterDocument } from '../print/orders-register-document';
import { personalFileDocument } from '../print/personal-file-document';
import { issueDocument, type DocumentDraft } from '../print/printout';
import { teachingLoadDocument } from '../print/teaching-load-document';
import { requireSchool } from '../school/school-service';
import { openSigningKey, sealDocument, signatureNoteOf } from './document-signing';
import { ledgerWorkbook } from './ledger-workbook';

/** The students whose personal file the year's archive holds: graduated or withdrawn by an order of the year not revoked. */
function graduatesAndLeavers(db: Database.Database, yearLabel: string): string[] {
  const rows = prepared(
    db,
    `SELECT DISTINCT i.student_id AS id FROM order_items i JOIN orders o ON o.id = i.order_id JOIN students s ON s.id = i.student_id
     WHERE o.academic_year = ? AND o.deleted = 0 AND o.kind IN ('graduate', 'withdraw') AND s.deleted = 0
       AND NOT EXISTS (SELECT 1 FROM orders r WHERE r.revokes_order_id = o.id AND r.deleted = 0)
     ORDER BY s.name_sort`,
  ).all(yearLabel) as { id: string }[];
  return rows.map((r) => r.id);
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `2026-06-20_14-05-00`: the folder's name carries when it was made, so a second run never overwrites the first. */
function folderStamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace('T', '_').replace(/:/g, '-');
}

/** A file name not yet taken in the package (two students could share a surname-based name). */
function uniqueName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/(\.[a-z]+)$/, `-${n}$1`);
  taken.add(candidate);
  return candidate;
}

interface PlannedDocument {
  kind: ArchiveKind;
  draft: () => DocumentDraft;
}

/**
 * Builds the year's archive package (DESIGN §8) as the acting user: prints and registers every document (each page
 * stamped, each code synced at the next Sync all), signs each PDF when a certificate is given, writes an Excel copy
 * of each ledger beside its PDF and `manifest.json` listing every file with its SHA-256. The certificate is checked
 * before anything is printed, so a wrong passphrase prints nothing. Progress: `archive.build`, one step per document.
 */
export async function buildArchive(ctx: HandlerContext, academicYearId: string, certificate: CertificateInput | undefined): Promise<{ folder: string; manifest: ArchiveManifest }> {
  const user = actingUser(ctx);
  const year = requireAcademicYear(ctx.db, academicYearId);
  const { school } = requireSchool(ctx.db);
  const key = certificate ? openSigningKey(certificate) : null;
  const classes = classesOfYear(ctx.db, year.id).sort((a, b) => a.grade - b.grade || a.label.localeCompare(b.label, 'uk'));
  const planned: PlannedDocument[] = [
    ...classes.map((c): PlannedDocument => ({ kind: 'class-ledger', draft: () => classLedgerDocument(ctx.db, c.id) })),
    ...graduatesAndLeavers(ctx.db, year.label).map((id): PlannedDocument => ({ kind: 'personal-file', draft: () => personalFileDocument(ctx.db, id) })),
    { kind: 'teaching-load', draft: () => teachingLoadDocument(ctx.db, year.id) },
    { kind: 'orders-register', draft: () => ordersRegisterDocument(ctx.db, year.id) },
    { kind: 'alphabet-book', draft: () => alphabetBookDocument(ctx.db, ctx.today()) },
  ];
  const now = ctx.now();
  const folder = join(ctx.dataDir, 'archive', `${year.label.replace('/', '-')}_${folderStamp(now)}`);
  mkdirSync(folder, { recursive: true });
  const taken = new Set<string>(['manifest.json']);
  const documents: ArchiveManifestEntry[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const file = uniqueName(taken, name);
    writeFileSync(join(folder, file), bytes);
    return { file, sha256: sha256Hex(bytes) };
  };
  for (const [i, plan] of planned.entries()) {
    ctx.progress('archive.build', 'documents', i, planned.length);
    const draft = plan.draft();
    // A signed package lays each document out once, with its signature note, and signs those very pages.
    const signedAt = ctx.now();
    const issued = await issueDocument(ctx, draft, null, key ? signatureNoteOf(ctx, key, signedAt) : null);
    const final = key ? await sealDocument(ctx, issued.entry.id, issued.doc, key, signedAt) : { entry: issued.entry, pdf: await issued.doc.save() };
    const entry = { kind: plan.kind, title: final.entry.title, pages: final.entry.pages, verificationCode: final.entry.code, signed: key !== null };
    documents.push({ ...write(draft.fileName, final.pdf), ...entry });
    if (plan.kind === 'class-ledger') {
      const excel = await ledgerWorkbook(draft.content, final.entry.code);
      documents.push({ ...write(draft.fileName.replace(/\.pdf$/, '.xlsx'), excel), ...entry, signed: false });
    }
  }
  const manifest: ArchiveManifest = { school: { code: school.code, name: school.name }, year: year.label, generatedAt: now.toISOString(), printedBy: user.fullName, documents };
  writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  appendAudit(ctx.db, { at: now, user, entity: 'archive', entityId: year.label, action: 'create', changes: fieldChanges(null, { folder, documents: documents.length, signed: certificate !== undefined }) });
  ctx.progress('archive.build', 'done', planned.length, planned.length);
  return { folder, manifest };
}
