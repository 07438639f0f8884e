import type { Migration } from '../migration';

/**
 * The document register (DESIGN §8): every printed archive document, with the content it showed (canonical JSON, for
 * reprints; null for a document another office PC printed, known from sync) and `search` (the title and code folded, electron/backend/text/search-fold.ts), and the sync columns of a synced type (`document`). The id is derived from the verification code
 * (core/archive/verification-code.ts), so one code is one row. Released: never edit; add a new numbered migration instead.
 */
export const documents: Migration = {
  version: 6,
  name: 'documents',
  sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  file_name TEXT NOT NULL,
  search TEXT NOT NULL,
  content TEXT,
  sha256 TEXT NOT NULL,
  pages INTEGER NOT NULL CHECK (pages >= 1),
  printed_at TEXT NOT NULL,
  printed_instant TEXT NOT NULL,
  printed_by TEXT NOT NULL,
  printed_by_user TEXT NOT NULL,
  signed_by TEXT,
  signed_at TEXT,
  reprint_of TEXT REFERENCES documents (id),
  rev INTEGER,
  change_count INTEGER NOT NULL DEFAULT 1,
  sent_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX documents_by_time ON documents (printed_instant);
`,
};
