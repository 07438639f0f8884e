import type Database from 'better-sqlite3';
import type { Issue } from '../../../core/schemas/issue';
import { duplicateIssues, type DocumentKey } from '../../../core/rules/duplicates';
import { prepared } from '../db/prepared';
import type { CardType } from '../../../core/sync/card-report';
import { cardTable, checkColumns } from './card-store';
import { markStudentChanged } from './students/student-list-index';

/**
 * DUPLICATE_IN_SCHOOL through the document_keys table: a key (document type + series + number, tax number, …)
 * held by two live cards of the same kind. Staff and student cards are not compared: a key shared across them is
 * a different question (a member of staff who is also a student) that the rule catalogue does not ask.
 */
function otherHolderCount(db: Database.Database, type: CardType, id: string, key: string): number {
  const row = prepared(
    db,
    `SELECT count(*) AS n FROM document_keys k JOIN ${cardTable[type]} c ON c.id = k.card_id
     WHERE k.card_type = ? AND k.key = ? AND k.card_id <> ? AND c.deleted = 0`,
  ).get(type, key, id) as { n: number };
  return row.n;
}

export function duplicateIssuesFor(db: Database.Database, type: CardType, id: string, keys: readonly DocumentKey[]): Issue[] {
  const hits = keys
    .map(({ key, field }) => ({ field, otherCount: otherHolderCount(db, type, id, key) }))
    .filter((hit) => hit.otherCount > 0);
  return hits.length > 0 ? duplicateIssues(hits) : [];
}

/** The other live cards holding one of `keys`, each with the field of the first key it shares. */
export function cardsHolding(db: Database.Database, type: CardType, id: string | null, keys: readonly DocumentKey[]): Array<{ id: string; field: string }> {
  const holders = prepared(
    db,
    `SELECT k.card_id AS id FROM document_keys k JOIN ${cardTable[type]} c ON c.id = k.card_id
     WHERE k.card_type = ? AND k.key = ? AND k.card_id <> ? AND c.deleted = 0`,
  );
  const found = new Map<string, string>();
  for (const { key, field } of keys) for (const { id: other } of holders.all(type, key, id ?? '') as { id: string }[]) if (!found.has(other)) found.set(other, field);
  return [...found].map(([other, field]) => ({ id: other, field }));
}

export function storedKeys(db: Database.Database, type: CardType, id: string): DocumentKey[] {
  return prepared(db, 'SELECT key, field FROM document_keys WHERE card_type = ? AND card_id = ?').all(type, id) as DocumentKey[];
}

export function replaceDocumentKeys(db: Database.Database, type: CardType, id: string, keys: readonly DocumentKey[]): void {
  prepared(db, 'DELETE FROM document_keys WHERE card_type = ? AND card_id = ?').run(type, id);
  const insert = prepared(db, 'INSERT OR IGNORE INTO document_keys (card_type, card_id, key, field) VALUES (?, ?, ?, ?)');
  for (const { key, field } of keys) insert.run(type, id, key, field);
}

/**
 * Re-derives DUPLICATE_IN_SCHOOL on the other cards that hold any of `keys` (the saved card's keys before and
 * after the save), without touching their version: nobody edited them, but their duplicate partner changed.
 */
export function refreshDuplicatesOfOthers(db: Database.Database, type: CardType, savedId: string, keys: ReadonlySet<string>): void {
  const others = new Set<string>();
  const holders = prepared(db, 'SELECT card_id AS id FROM document_keys WHERE card_type = ? AND key = ? AND card_id <> ?');
  for (const key of keys) for (const { id } of holders.all(type, key, savedId) as { id: string }[]) others.add(id);
  const select = prepared(db, `SELECT issues FROM ${cardTable[type]} WHERE id = ? AND deleted = 0`);
  const update = prepared(
    db,
    `UPDATE ${cardTable[type]} SET status = @status, issues = @issues, error_count = @error_count, warning_count = @warning_count WHERE id = @id`,
  );
  for (const id of others) {
    const row = select.get(id) as { issues: string } | undefined;
    if (!row) continue;
    const kept = (JSON.parse(row.issues) as Issue[]).filter((i) => i.code !== 'DUPLICATE_IN_SCHOOL');
    const columns = checkColumns([...kept, ...duplicateIssuesFor(db, type, id, storedKeys(db, type, id))]);
    if (columns.issues === row.issues) continue;
    update.run({ ...columns, id });
    if (type === 'student') markStudentChanged(db, id);
  }
}
