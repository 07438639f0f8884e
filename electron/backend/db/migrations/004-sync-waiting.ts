import type { Migration } from '../migration';

/**
 * Pulled records that refer to something this device does not hold yet (an enrollment whose student, an order whose
 * class, a period whose year comes later in the change order): kept whole and applied as soon as what they refer to
 * arrives, in this Sync all or a later one. Released: never edit; add a new numbered migration instead.
 */
export const syncWaiting: Migration = {
  version: 4,
  name: 'sync-waiting',
  sql: `
CREATE TABLE sync_waiting (
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record)),
  received_at TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_id)
) WITHOUT ROWID;
`,
};
