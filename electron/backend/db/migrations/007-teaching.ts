import type { Migration } from '../migration';

/**
 * Who teaches what (DESIGN §3): subjects and teaching assignments (teacher × class × subject × hours a week, optionally
 * a group of the class). The roles work scopes a subject teacher to the classes of their assignments; the journals
 * lay out their lessons from them. Both are synced types. Released: never edit; add a new numbered migration instead.
 */
const syncColumns = `
  rev INTEGER,
  change_count INTEGER NOT NULL DEFAULT 1,
  sent_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

export const teaching: Migration = {
  version: 7,
  name: 'teaching',
  sql: `
CREATE TABLE subjects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,${syncColumns}
);
CREATE UNIQUE INDEX subjects_by_name ON subjects (name) WHERE deleted = 0;

CREATE TABLE assignments (
  id TEXT PRIMARY KEY,
  teacher_id TEXT NOT NULL REFERENCES staff (id),
  class_id TEXT NOT NULL REFERENCES classes (id),
  subject_id TEXT NOT NULL REFERENCES subjects (id),
  hours_per_week REAL NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 40),
  group_label TEXT,${syncColumns}
);
CREATE INDEX assignments_by_teacher ON assignments (teacher_id) WHERE deleted = 0;
CREATE INDEX assignments_by_class ON assignments (class_id) WHERE deleted = 0;
`,
};
