import type { Migration } from '../migration';

/**
 * The class journals (DESIGN §3, §7): the curriculum, the weekly timetable, the school's days off, lessons, marks and
 * attendance, period, year and exam grades, period closures and the director's temporary unlocks. All are synced
 * types (their sync comes with a later step). Released: never edit; add a new numbered migration instead.
 */
const syncColumns = `
  rev INTEGER,
  change_count INTEGER NOT NULL DEFAULT 1,
  sent_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

export const journals: Migration = {
  version: 8,
  name: 'journals',
  sql: `
CREATE TABLE curriculum (
  id TEXT PRIMARY KEY,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
  subject_id TEXT NOT NULL REFERENCES subjects (id),
  hours_per_week REAL NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 40),${syncColumns}
);
CREATE UNIQUE INDEX curriculum_by_grade ON curriculum (grade, subject_id) WHERE deleted = 0;

CREATE TABLE schedule_slots (
  id TEXT PRIMARY KEY,
  assignment_id TEXT NOT NULL REFERENCES assignments (id),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  lesson_number INTEGER NOT NULL CHECK (lesson_number BETWEEN 0 AND 12),
  valid_from TEXT NOT NULL,
  valid_to TEXT,${syncColumns}
);
CREATE INDEX schedule_slots_by_assignment ON schedule_slots (assignment_id) WHERE deleted = 0;

CREATE TABLE days_off (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'break')),
  name TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (end_date >= start_date),${syncColumns}
);
CREATE INDEX days_off_by_start ON days_off (start_date) WHERE deleted = 0;

CREATE TABLE lessons (
  id TEXT PRIMARY KEY,
  assignment_id TEXT NOT NULL REFERENCES assignments (id),
  date TEXT NOT NULL,
  lesson_number INTEGER NOT NULL CHECK (lesson_number BETWEEN 0 AND 12),
  topic TEXT NOT NULL DEFAULT '',
  homework TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'control')),
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  topic_entered_on TEXT,
  topic_timeliness TEXT CHECK (topic_timeliness IN ('on_time', 'late', 'needs_permission')),
  entered_at TEXT NOT NULL,
  entered_by TEXT NOT NULL,${syncColumns}
);
CREATE UNIQUE INDEX lessons_by_assignment ON lessons (assignment_id, date, lesson_number) WHERE deleted = 0;

CREATE TABLE marks (
  id TEXT PRIMARY KEY,
  lesson_id TEXT NOT NULL REFERENCES lessons (id),
  student_id TEXT NOT NULL REFERENCES students (id),
  value INTEGER CHECK (value BETWEEN 1 AND 12),
  kind TEXT NOT NULL CHECK (kind IN ('current', 'control')),
  attendance TEXT NOT NULL CHECK (attendance IN ('present', 'absent', 'excused', 'late')),
  note TEXT NOT NULL DEFAULT '',
  entered_on TEXT NOT NULL,
  timeliness TEXT NOT NULL CHECK (timeliness IN ('on_time', 'late', 'needs_permission')),
  unlock_id TEXT,${syncColumns}
);
CREATE UNIQUE INDEX marks_by_lesson ON marks (lesson_id, student_id) WHERE deleted = 0;
CREATE INDEX marks_by_student ON marks (student_id) WHERE deleted = 0;

CREATE TABLE period_grades (
  id TEXT PRIMARY KEY,
  student_id TEXT NOT NULL REFERENCES students (id),
  assignment_id TEXT NOT NULL REFERENCES assignments (id),
  scope TEXT NOT NULL CHECK (scope IN ('period', 'year', 'exam')),
  period_id TEXT REFERENCES periods (id),
  computed_average TEXT,
  computed_grade INTEGER,
  bump TEXT NOT NULL DEFAULT '0',
  final TEXT,
  set_by TEXT,
  confirmed_at TEXT,
  unlock_id TEXT,${syncColumns},
  CHECK ((scope = 'period') = (period_id IS NOT NULL))
);
CREATE UNIQUE INDEX period_grades_by_student ON period_grades (assignment_id, student_id, scope, coalesce(period_id, '')) WHERE deleted = 0;

CREATE TABLE period_closures (
  id TEXT PRIMARY KEY,
  period_id TEXT NOT NULL REFERENCES periods (id),
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,${syncColumns}
);
CREATE UNIQUE INDEX period_closures_by_period ON period_closures (period_id) WHERE deleted = 0;

CREATE TABLE period_unlocks (
  id TEXT PRIMARY KEY,
  period_id TEXT NOT NULL REFERENCES periods (id),
  class_id TEXT NOT NULL REFERENCES classes (id),
  subject_id TEXT NOT NULL REFERENCES subjects (id),
  student_id TEXT REFERENCES students (id),
  reason TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  until TEXT NOT NULL,
  revoked_at TEXT,${syncColumns}
);
CREATE INDEX period_unlocks_by_period ON period_unlocks (period_id, class_id, subject_id) WHERE deleted = 0;
`,
};
