import type { Migration } from '../migration';

/**
 * The first schema: school settings, users, student and staff cards, the academic structure (years, classes,
 * enrollments), document keys for the duplicate lookup, and the append-only audit log.
 * Released: never edit; add a new numbered migration instead.
 */
const syncColumns = `
  rev INTEGER,
  change_count INTEGER NOT NULL DEFAULT 1,
  sent_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

/**
 * Card tables keep the list's columns first and the card JSON last: SQLite stores a row's columns in order, so the
 * list (10k rows) reads only the row's first page instead of following a large card (a photo) into overflow pages.
 */
const cardListColumns = `
  id TEXT PRIMARY KEY,
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL,
  middle_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'warning', 'error')),
  error_count INTEGER NOT NULL,
  warning_count INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  name_sort TEXT NOT NULL,
  search_text TEXT NOT NULL,`;

const cardDataColumns = `
  issues TEXT NOT NULL CHECK (json_valid(issues)),
  data TEXT NOT NULL CHECK (json_valid(data))`;

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE school (
  id TEXT PRIMARY KEY,
  singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data)),
  demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  login TEXT NOT NULL,
  login_key TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE students (${cardListColumns}
  document TEXT NOT NULL,${syncColumns},${cardDataColumns}
);
CREATE INDEX students_by_name ON students (name_sort) WHERE deleted = 0;
CREATE INDEX students_unsent ON students (id) WHERE change_count > sent_count;

CREATE TABLE staff (${cardListColumns}
  position TEXT NOT NULL,
  tax_id TEXT NOT NULL,${syncColumns},${cardDataColumns}
);
CREATE INDEX staff_by_name ON staff (name_sort) WHERE deleted = 0;
CREATE INDEX staff_unsent ON staff (id) WHERE change_count > sent_count;

CREATE TABLE academic_years (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,${syncColumns}
);
CREATE UNIQUE INDEX academic_years_by_name ON academic_years (name) WHERE deleted = 0;

CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  academic_year_id TEXT NOT NULL REFERENCES academic_years (id),
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
  label TEXT NOT NULL,
  homeroom_teacher_id TEXT REFERENCES staff (id),${syncColumns}
);
CREATE UNIQUE INDEX classes_by_label ON classes (academic_year_id, label) WHERE deleted = 0;

CREATE TABLE enrollments (
  id TEXT PRIMARY KEY,
  student_id TEXT NOT NULL REFERENCES students (id),
  class_id TEXT NOT NULL REFERENCES classes (id),
  from_date TEXT NOT NULL,
  to_date TEXT,
  reason TEXT,
  order_id TEXT,${syncColumns}
);
CREATE INDEX enrollments_by_student ON enrollments (student_id, from_date);
CREATE INDEX enrollments_by_class ON enrollments (class_id);

CREATE TABLE document_keys (
  card_type TEXT NOT NULL CHECK (card_type IN ('student', 'staff')),
  card_id TEXT NOT NULL,
  key TEXT NOT NULL,
  field TEXT NOT NULL,
  PRIMARY KEY (card_type, card_id, key)
) WITHOUT ROWID;
CREATE INDEX document_keys_by_key ON document_keys (card_type, key);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`,
};
