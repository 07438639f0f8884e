import type { Migration } from '../migration';

/**
 * Sync bookkeeping of the desktop (DESIGN §5): the server address and sealed token, this device's id and the pull
 * cursor; every push batch kept until answered, so an interrupted Sync all resends the same batch with the same
 * batchId; the server's last report per card; conflicts waiting for "keep mine" / "take the server's".
 * Released: never edit; add a new numbered migration instead.
 */
export const sync: Migration = {
  version: 2,
  name: 'sync',
  sql: `
CREATE TABLE sync_settings (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  device_id TEXT NOT NULL,
  server_url TEXT,
  sealed_token TEXT,
  token_hint TEXT,
  pull_cursor TEXT,
  last_result TEXT CHECK (last_result IS NULL OR json_valid(last_result))
);

CREATE TABLE sync_batches (
  batch_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  body TEXT NOT NULL CHECK (json_valid(body)),
  sent_counts TEXT NOT NULL CHECK (json_valid(sent_counts)),
  answered_at TEXT
);

CREATE TABLE card_reports (
  card_type TEXT NOT NULL CHECK (card_type IN ('student', 'staff')),
  card_id TEXT NOT NULL,
  rev INTEGER,
  status TEXT NOT NULL CHECK (status IN ('verified', 'warning', 'error', 'pending')),
  checked_at TEXT NOT NULL,
  issues TEXT NOT NULL CHECK (json_valid(issues)),
  PRIMARY KEY (card_type, card_id)
) WITHOUT ROWID;
CREATE INDEX card_reports_by_status ON card_reports (status);

CREATE TABLE sync_conflicts (
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  server TEXT NOT NULL CHECK (json_valid(server)),
  detected_at TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_id)
) WITHOUT ROWID;

CREATE TABLE sync_rejections (
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  issues TEXT NOT NULL CHECK (json_valid(issues)),
  rejected_at TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_id)
) WITHOUT ROWID;
`,
};
