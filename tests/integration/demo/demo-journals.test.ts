import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeriodGrade } from '../../../core/grading/period-grade';
import { entryTimeliness } from '../../../core/grading/timeliness';
import { addDays } from '../../../core/rules/calendar';
import { teachingDays, teachingDayTest } from '../../../electron/backend/calendar/days-off';
import { demoAccounts } from '../../../electron/backend/demo/demo-accounts';
import { seedDemoSchool } from '../../../electron/backend/demo/seed-demo-school';
import { openBlankOffice, type Office } from '../../fixtures/office';

const seedTimeout = 600_000;

async function seededOn(day: string, studentCount?: number): Promise<Office> {
  const office = openBlankOffice({ day });
  await seedDemoSchool(office.backend, { today: day, ...(studentCount === undefined ? {} : { studentCount }) });
  return office;
}

interface LessonRow {
  id: string;
  assignmentId: string;
  date: string;
  lessonNumber: number;
  topic: string;
  kind: string;
  topicEnteredOn: string | null;
  topicTimeliness: string | null;
}

const lessonRows = (db: Database.Database) =>
  db
    .prepare(
      `SELECT id, assignment_id AS assignmentId, date, lesson_number AS lessonNumber, topic, kind, topic_entered_on AS topicEnteredOn,
         topic_timeliness AS topicTimeliness FROM lessons WHERE deleted = 0`,
    )
    .all() as LessonRow[];

const weekdayOf = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The journals as a user sees them, without ids (cards and their ids are made anew by each seeding). */
function journalFingerprint(db: Database.Database): string {
  const rows = db
    .prepare(
      `SELECT c.label, s.name, l.date, l.lesson_number, l.topic, l.homework, l.kind, l.topic_timeliness, st.last_name, st.first_name, st.birth_date,
         m.value, m.kind AS mark_kind, m.attendance, m.entered_on, m.timeliness, t.last_name AS teacher
       FROM lessons l JOIN assignments a ON a.id = l.assignment_id JOIN classes c ON c.id = a.class_id JOIN subjects s ON s.id = a.subject_id
         JOIN staff t ON t.id = a.teacher_id LEFT JOIN marks m ON m.lesson_id = l.id LEFT JOIN students st ON st.id = m.student_id
       ORDER BY 1, 2, 3, 4, 9, 10, 11`,
    )
    .all();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** Ten pupils a class keep the test quick; the lessons, timetable and calendar are the full demo's. */
describe("the demo's journals, seeded on Saturday 17 January 2026 (the first semester is over)", () => {
  const day = '2026-01-17';
  let office: Office;
  let db: Database.Database;
  let lessons: LessonRow[];
  let yearId: string;

  beforeAll(async () => {
    office = await seededOn(day, 700);
    db = office.backend.db;
    lessons = lessonRows(db);
    // The demo also holds its finished previous year (grades, no lessons): these journals are the current year's.
    yearId = db.prepare('SELECT id FROM academic_years WHERE start_date <= ? AND end_date >= ? AND deleted = 0').pluck().get(day, day) as string;
  }, seedTimeout);
  afterAll(() => office.dispose());

  it('lay every lesson on a teaching day, in a slot of its journal’s weekly timetable', () => {
    const isTeachingDay = teachingDayTest(db, '2025-09-01', day);
    const slots = new Set(
      (db.prepare('SELECT assignment_id AS a, weekday AS w, lesson_number AS n FROM schedule_slots WHERE deleted = 0').all() as { a: string; w: number; n: number }[]).map(
        (s) => `${s.a}|${s.w}|${s.n}`,
      ),
    );
    expect(lessons.length).toBeGreaterThan(20_000);
    expect(lessons.filter((l) => !isTeachingDay(l.date) || !slots.has(`${l.assignmentId}|${weekdayOf(l.date)}|${l.lessonNumber}`))).toEqual([]);
    expect(lessons.every((l) => l.date >= '2025-09-01' && l.date <= day)).toBe(true);
  });

  it('keep the autumn and winter breaks free of lessons', () => {
    const breaks = db.prepare("SELECT start_date AS start, end_date AS \"end\" FROM days_off WHERE kind = 'break' AND deleted = 0").all() as { start: string; end: string }[];
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    expect(lessons.filter((l) => breaks.some((b) => b.start <= l.date && l.date <= b.end))).toEqual([]);
  });

  it('give a lesson to every class for every subject of its curriculum', () => {
    const taught = new Set(
      (db.prepare('SELECT DISTINCT a.class_id AS c, a.subject_id AS s FROM lessons l JOIN assignments a ON a.id = l.assignment_id').all() as { c: string; s: string }[]).map(
        (r) => `${r.c}|${r.s}`,
      ),
    );
    const planned = db
      .prepare(
        'SELECT c.id AS c, c.label, k.subject_id AS s, j.name FROM classes c JOIN curriculum k ON k.grade = c.grade AND k.deleted = 0 JOIN subjects j ON j.id = k.subject_id WHERE c.academic_year_id = ?',
      )
      .all(yearId) as { c: string; label: string; s: string; name: string }[];
    expect(planned.length).toBeGreaterThan(800);
    expect(planned.filter((p) => !taught.has(`${p.c}|${p.s}`)).map((p) => `${p.label} ${p.name}`)).toEqual([]);
  });

  it('keep the demo subject teacher’s own assignments, with a lesson on every teaching day', () => {
    const subject = demoAccounts.find((a) => a.login === 'subject');
    const staffId = db.prepare('SELECT staff_id FROM users WHERE login = ?').pluck().get(subject?.login) as string;
    const classes = db
      .prepare('SELECT c.label FROM assignments a JOIN classes c ON c.id = a.class_id WHERE a.teacher_id = ? AND c.academic_year_id = ? ORDER BY c.label')
      .pluck()
      .all(staffId, yearId);
    expect(classes).toEqual(['6-А', '6-Б', '7-А']);
    const taught = new Set(
      db.prepare('SELECT DISTINCT l.date FROM lessons l JOIN assignments a ON a.id = l.assignment_id WHERE a.teacher_id = ?').pluck().all(staffId) as string[],
    );
    const periodDays = [...teachingDays(db, '2025-09-01', '2025-12-31'), ...teachingDays(db, '2026-01-01', day)];
    expect(periodDays.filter((d) => !taught.has(d))).toEqual([]);
  });

  it('hold marks within the scale, none in grades 1–4 (assessed in words)', () => {
    const outOfScale = db.prepare('SELECT count(*) FROM marks WHERE value IS NOT NULL AND (value < 1 OR value > 12)').pluck().get();
    const primary = db
      .prepare('SELECT count(*) FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN assignments a ON a.id = l.assignment_id JOIN classes c ON c.id = a.class_id WHERE c.grade <= 4 AND m.value IS NOT NULL')
      .pluck()
      .get();
    expect([outOfScale, primary]).toEqual([0, 0]);
    expect(db.prepare('SELECT count(*) FROM marks WHERE value IS NOT NULL').pluck().get()).toBeGreaterThan(30_000);
  });

  it('give a control lesson control marks and an ordinary one current marks', () => {
    const mismatched = db
      .prepare("SELECT count(*) FROM marks m JOIN lessons l ON l.id = m.lesson_id WHERE (l.kind = 'control') <> (m.kind = 'control')")
      .pluck()
      .get();
    expect(mismatched).toBe(0);
    expect(lessons.some((l) => l.kind === 'control')).toBe(true);
  });

  it('record absences, excused absences and lateness, and no mark for an absent pupil', () => {
    const byAttendance = Object.fromEntries(
      (db.prepare('SELECT attendance, count(*) AS n FROM marks GROUP BY attendance').all() as { attendance: string; n: number }[]).map((r) => [r.attendance, r.n]),
    );
    expect(byAttendance).toMatchObject({ absent: expect.any(Number), excused: expect.any(Number), late: expect.any(Number), present: expect.any(Number) });
    expect(db.prepare("SELECT count(*) FROM marks WHERE attendance IN ('absent', 'excused') AND value IS NOT NULL").pluck().get()).toBe(0);
  });

  it('flag every entry as the journal would have: timeliness is that of its entry day, late entries and missing topics exist', () => {
    const isWorkingDay = teachingDayTest(db, '2025-09-01', addDays(day, 30));
    const marks = db
      .prepare('SELECT l.date, m.kind, m.entered_on AS enteredOn, m.timeliness, m.updated_at AS updatedAt FROM marks m JOIN lessons l ON l.id = m.lesson_id')
      .all() as { date: string; kind: 'current' | 'control'; enteredOn: string; timeliness: string; updatedAt: string }[];
    expect(marks.filter((m) => entryTimeliness(m.kind, m.date, m.enteredOn, isWorkingDay) !== m.timeliness || m.updatedAt.slice(0, 10) !== m.enteredOn)).toEqual([]);
    expect(marks.some((m) => m.timeliness === 'needs_permission')).toBe(true);
    const topics = lessons.filter((l) => l.topic !== '');
    expect(topics.filter((l) => l.topicEnteredOn === null || entryTimeliness('topic', l.date, l.topicEnteredOn, isWorkingDay) !== l.topicTimeliness)).toEqual([]);
    expect(topics.some((l) => l.topicTimeliness === 'late')).toBe(true);
    expect(lessons.some((l) => l.date < day && l.topic === '')).toBe(true);
  });

  it('confirm the first semester’s period grades as the grading function computes them from its marks', () => {
    const grades = db
      .prepare(
        `SELECT g.assignment_id AS assignmentId, g.student_id AS studentId, g.computed_grade AS computedGrade, g.computed_average AS computedAverage, g.final
         FROM period_grades g JOIN periods p ON p.id = g.period_id WHERE p.number = 1 AND p.academic_year_id = ? AND g.deleted = 0`,
      )
      .all(yearId) as { assignmentId: string; studentId: string; computedGrade: number; computedAverage: string; final: string }[];
    expect(grades.length).toBeGreaterThan(3_000);
    const marksOf = db.prepare(
      `SELECT m.value, m.kind FROM marks m JOIN lessons l ON l.id = m.lesson_id
       WHERE l.assignment_id = ? AND l.deleted = 0 AND m.student_id = ? AND l.date <= '2025-12-31' AND m.value IS NOT NULL AND m.deleted = 0`,
    );
    const wrong = grades.filter((g) => {
      const marks = marksOf.all(g.assignmentId, g.studentId) as { value: number; kind: 'current' | 'control' }[];
      const result = computePeriodGrade({ current: marks.filter((m) => m.kind === 'current').map((m) => m.value), control: marks.filter((m) => m.kind === 'control').map((m) => m.value) }, 'UA');
      return !result.ok || result.grade !== g.computedGrade || result.average !== g.computedAverage || String(result.grade) !== g.final;
    });
    expect(wrong).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM period_grades g JOIN periods p ON p.id = g.period_id WHERE p.number = 2 AND p.academic_year_id = ?').pluck().get(yearId)).toBe(0);
  });

  it('leave no lesson on the Saturday and nothing entered after it', () => {
    expect(lessons.filter((l) => l.date === day)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM marks WHERE entered_on >= ?').pluck().get(day)).toBe(0);
  });
});

describe("the demo's journals on other days", () => {
  it('are the same for the same day, seeded twice', async () => {
    const [first, second] = [await seededOn('2025-10-10', 140), await seededOn('2025-10-10', 140)];
    try {
      expect(first.backend.db.prepare('SELECT count(*) FROM marks').pluck().get()).toBeGreaterThan(1_000);
      expect(journalFingerprint(first.backend.db)).toBe(journalFingerprint(second.backend.db));
    } finally {
      first.dispose();
      second.dispose();
    }
  }, seedTimeout);

  it('on 1 September hold that day’s lessons, not yet held: no topic, no mark', async () => {
    const office = await seededOn('2025-09-01', 140);
    try {
      const lessons = lessonRows(office.backend.db);
      expect(lessons.length).toBeGreaterThan(0);
      expect(lessons.every((l) => l.date === '2025-09-01' && l.topic === '')).toBe(true);
      expect(office.backend.db.prepare('SELECT count(*) FROM marks').pluck().get()).toBe(0);
    } finally {
      office.dispose();
    }
  }, seedTimeout);
});
