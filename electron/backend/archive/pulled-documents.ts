import type Database from 'better-sqlite3';
import { documentDataSchema } from '../../../core/sync/wire-data';
import { prepared } from '../db/prepared';
import type { StoreOutcome } from '../sync/pulled-record';
import { searchFold } from '../text/search-fold';

/**
 * A document another office PC of the school printed, as Sync all hands it over: listed in this PC's register, without
 * its content (that stays on the PC that printed it, so only there can it be reprinted or signed).
 */
export function storePulledDocument(db: Database.Database, id: string, rev: number, data: unknown, now: Date): StoreOutcome {
  const parsed = documentDataSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const d = parsed.data;
  prepared(
    db,
    `INSERT INTO documents (id, code, kind, title, file_name, search, content, sha256, pages, printed_at, printed_instant, printed_by, printed_by_user,
       rev, change_count, sent_count, updated_at, updated_by)
     VALUES (@id, @code, @kind, @title, @fileName, @search, NULL, @sha256, @pages, @printedAt, @at, @printedBy, 'sync', @rev, 0, 0, @at, 'sync')
     ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, sent_count = change_count`,
  ).run({ ...d, id, rev, fileName: `${d.code}.pdf`, search: searchFold(`${d.title} ${d.code.replace(/-/g, '')}`), at: now.toISOString() });
  return 'stored';
}
