import type { Migration } from '../migration';

/**
 * The academic structure of issue 4: periods of a year, movement orders and their items, the personal file numbers
 * ever issued (never reused, so never deleted), and the year-end runs with what their undo needs. Rows other devices
 * must see carry the sync bookkeeping of 001. The personal file numbers already written on cards are registered.
 * Released: never edit; add a new numbered migration instead.
 */
const syncColumns = `
  rev INTEGER,
  change_count INTEGER NOT NULL DEFAULT 1,
  sent_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

export const academic: Migration = {
  version: 3,
  name: 'academic',
  sql: `
CREATE TABLE periods (
  id TEXT PRIMARY KEY,
  academic_year_id TEXT NOT NULL REFERENCES academic_years (id),
  kind TEXT NOT NULL CHECK (kind IN ('semester', 'quarter')),
  number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 4),
  name TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),${syncColumns}
);
CREATE UNIQUE INDEX periods_by_number ON periods (academic_year_id, number) WHERE deleted = 0;

CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  academic_year TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number >= 1),
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('enroll', 'transfer', 'withdraw', 'graduate', 'promote')),
  entered_on TEXT NOT NULL,
  year_end_of TEXT,${syncColumns}
);
CREATE UNIQUE INDEX orders_by_number ON orders (academic_year, number);
CREATE INDEX orders_by_date ON orders (date);
CREATE INDEX orders_by_year_end ON orders (year_end_of) WHERE year_end_of IS NOT NULL;

CREATE TABLE order_items (
  order_id TEXT NOT NULL REFERENCES orders (id),
  position INTEGER NOT NULL,
  student_id TEXT NOT NULL REFERENCES students (id),
  from_class_id TEXT REFERENCES classes (id),
  to_class_id TEXT REFERENCES classes (id),
  reason TEXT CHECK (reason IS NULL OR reason IN ('completed_education', 'enrolled_elsewhere', 'transferred', 'moved_abroad', 'other')),
  destination_school TEXT,
  PRIMARY KEY (order_id, position)
) WITHOUT ROWID;
CREATE INDEX order_items_by_student ON order_items (student_id);

CREATE TABLE personal_file_numbers (
  id TEXT PRIMARY KEY,
  student_id TEXT NOT NULL REFERENCES students (id),
  letter TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number >= 1),
  issued_on TEXT NOT NULL,${syncColumns}
);
CREATE UNIQUE INDEX personal_file_numbers_unique ON personal_file_numbers (letter, number);
CREATE INDEX personal_file_numbers_by_student ON personal_file_numbers (student_id);

CREATE TABLE year_end_runs (
  id TEXT PRIMARY KEY,
  closing_year TEXT NOT NULL,
  run_at TEXT NOT NULL,
  run_by TEXT NOT NULL,
  backup_path TEXT NOT NULL,
  plan TEXT NOT NULL CHECK (json_valid(plan)),
  captured TEXT NOT NULL CHECK (json_valid(captured)),
  last_audit_seq INTEGER NOT NULL,
  undone_at TEXT,
  undone_by TEXT
);
CREATE UNIQUE INDEX year_end_runs_standing ON year_end_runs (closing_year) WHERE undone_at IS NULL;

INSERT OR IGNORE INTO personal_file_numbers (id, student_id, letter, number, issued_on, updated_at, updated_by)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8'
         || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       id, substr(pfn, 1, 1), CAST(substr(pfn, 3) AS INTEGER), substr(updated_at, 1, 10), updated_at, updated_by
FROM (SELECT id, trim(json_extract(data, '$.personalFileNumber')) AS pfn, updated_at, updated_by FROM students WHERE deleted = 0)
WHERE pfn IS NOT NULL AND substr(pfn, 2, 1) = '/' AND length(pfn) > 2 AND substr(pfn, 3) NOT GLOB '*[^0-9]*'
  AND CAST(substr(pfn, 3) AS INTEGER) >= 1
ORDER BY updated_at, id;
`,
};
