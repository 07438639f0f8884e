import type { Migration } from '../migration';

/**
 * Small facts this PC keeps about itself, by key (for now the academic year its students' cards were last checked
 * in). Never synced. Released: never edit; add a new numbered migration instead.
 */
export const localState: Migration = {
  version: 5,
  name: 'local-state',
  sql: `
CREATE TABLE local_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`,
};
