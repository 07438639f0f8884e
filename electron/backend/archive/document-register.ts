import type Database from 'better-sqlite3';
import { documentContentSchema, type DocumentContent } from '../../../core/archive/document-content';
import type { DocumentEntry } from '../../../core/archive/document-entry';
import { AppError } from '../../../core/errors';
import { prepared } from '../db/prepared';
import { searchFold, searchTerms } from '../text/search-fold';

/** A register row as the print layer needs it again: the entry and what it showed. */
export interface StoredDocument {
  entry: DocumentEntry;
  content: DocumentContent;
  /** When it was printed, as an instant (the PDF's dates). */
  printedInstant: Date;
}

const selectEntry = `SELECT id, code, kind, title, file_name AS fileName, pages, sha256, printed_at AS printedAt, printed_by AS printedBy,
    signed_by AS signedBy, signed_at AS signedAt, reprint_of AS reprintOf FROM documents`;

export interface NewDocument {
  entry: DocumentEntry;
  contentJson: string;
  printedInstant: Date;
  userId: string;
}

/**
 * Records a print. The same code again (the same content printed by the same user in the same minute) is the same
 * document: the register keeps its first row.
 */
export function recordDocument(db: Database.Database, doc: NewDocument): DocumentEntry {
  const { entry } = doc;
  prepared(
    db,
    `INSERT INTO documents (id, code, kind, title, file_name, search, content, sha256, pages, printed_at, printed_instant, printed_by, printed_by_user,
       reprint_of, updated_at, updated_by)
     VALUES (@id, @code, @kind, @title, @fileName, @search, @content, @sha256, @pages, @printedAt, @instant, @printedBy, @userId, @reprintOf, @instant, @userId)
     ON CONFLICT (id) DO NOTHING`,
  ).run({ ...entry, search: searchFold(`${entry.title} ${entry.code.replace(/-/g, '')}`), content: doc.contentJson, instant: doc.printedInstant.toISOString(), userId: doc.userId });
  return documentEntry(db, entry.id);
}

/** A register entry with what it showed; DOCUMENT_PRINTED_ELSEWHERE for one known only from sync. */
export function requireDocument(db: Database.Database, id: string): StoredDocument {
  const row = prepared(db, `SELECT content, printed_instant AS instant, d.* FROM (${selectEntry} WHERE id = ? AND deleted = 0) d JOIN documents USING (id)`).get(id) as
    | (DocumentEntry & { content: string | null; instant: string })
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', { entity: 'document', id });
  const { content, instant, ...entry } = row;
  if (content === null) throw new AppError('DOCUMENT_PRINTED_ELSEWHERE', { id });
  return { entry, content: documentContentSchema.parse(JSON.parse(content)), printedInstant: new Date(instant) };
}

/** The entry of a register row, whatever PC printed it. */
export function documentEntry(db: Database.Database, id: string): DocumentEntry {
  const entry = prepared(db, `${selectEntry} WHERE id = ?`).get(id) as DocumentEntry | undefined;
  if (!entry) throw new AppError('NOT_FOUND', { entity: 'document', id });
  return entry;
}

/** The register newest first, of one kind when given, each word of `search` in the title or the code. */
export function listDocuments(db: Database.Database, filter: { search?: string | undefined; kind?: string | undefined; limit: number }): { documents: DocumentEntry[]; total: number } {
  const terms = searchTerms((filter.search ?? '').replace(/-/g, ''));
  const where = `WHERE deleted = 0 AND (? IS NULL OR kind = ?)${' AND instr(search, ?) > 0'.repeat(terms.length)}`;
  const params = [filter.kind ?? null, filter.kind ?? null, ...terms];
  const documents = prepared(db, `${selectEntry} ${where} ORDER BY printed_instant DESC, rowid DESC LIMIT ?`).all(...params, filter.limit) as DocumentEntry[];
  const { n } = prepared(db, `SELECT count(*) AS n FROM documents ${where}`).get(...params) as { n: number };
  return { documents, total: n };
}

/** Notes who signed the document and when (`YYYY-MM-DD HH:MM`, local). */
export function markSigned(db: Database.Database, id: string, signer: string, at: string): void {
  prepared(db, 'UPDATE documents SET signed_by = ?, signed_at = ? WHERE id = ?').run(signer, at, id);
}
