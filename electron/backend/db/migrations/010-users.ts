import type { Migration } from '../migration';

/**
 * Users and roles (issue 9): a user holds a set of roles and may be linked to a staff card; a new or reset password
 * must be changed at the first login; wrong passwords in a row are counted per login so a restart does not reset the
 * wait. An administrator of an earlier version could do everything: they become administrator and director, so an
 * update takes nothing away from the school's first account. Never synced. Released: never edit.
 */
export const users: Migration = {
  version: 10,
  name: 'users',
  sql: `
ALTER TABLE users ADD COLUMN roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles));
UPDATE users SET roles = CASE role WHEN 'administrator' THEN '["administrator","director"]' ELSE json_array(role) END;
ALTER TABLE users DROP COLUMN role;
ALTER TABLE users ADD COLUMN staff_id TEXT REFERENCES staff (id);
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN last_login_at TEXT;

CREATE TABLE login_failures (
  login_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failed_at TEXT NOT NULL,
  locked_until TEXT
) WITHOUT ROWID;
`,
};
