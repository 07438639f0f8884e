import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { computePeriodGrade, markScale } from '../../../core/grading/period-grade';
import { entryTimeliness } from '../../../core/grading/timeliness';
import type { Attendance, Lesson } from '../../../core/journals/journal-entities';
import { addDays } from '../../../core/rules/calendar';
import type { Country } from '../../../core/schemas/common';
import { appendAudit } from '../audit/audit-log';
import { teachingDays, teachingDayTest } from '../calendar/days-off';
import { naturalId } from '../db/natural-id';
import { prepared } from '../db/prepared';
import { lessonId, markId } from '../journals/journal-ids';
import { insertLesson, updateLesson } from '../journals/lesson-repository';
import { insertMark, marksByStudent, type MarkWrite } from '../journals/mark-repository';
import type { SeededRandom } from './seeded-random';

export interface JournalAssignment {
  id: string;
  classId: string;
  grade: number;
  subjectName: string;
  teacherId: string;
  slots: { weekday: number; lessonNumber: number; validFrom: string; validTo: string | null }[];
}

export interface JournalEnrollment {
  studentId: string;
  from: string;
  to: string | null;
}

/** What a year's journals are generated from: its assignments with their timetable, its classes' students, its periods. */
export interface JournalLoad {
  country: Country;
  assignments: JournalAssignment[];
  enrollments: Map<string, JournalEnrollment[]>;
  periods: { id: string; start: string; end: string }[];
}

/** Reads a year's teaching load from the database, in a stable order (the generator's output depends on it). */
export function journalLoadOfYear(db: Database.Database, academicYearId: string, country: Country): JournalLoad {
  const assignments = prepared(
    db,
    `SELECT a.id, a.class_id AS classId, c.grade, s.name AS subjectName, a.teacher_id AS teacherId
     FROM assignments a JOIN classes c ON c.id = a.class_id JOIN subjects s ON s.id = a.subject_id
     WHERE a.deleted = 0 AND c.academic_year_id = ? ORDER BY c.grade, c.label, s.name, a.rowid`,
  ).all(academicYearId) as Omit<JournalAssignment, 'slots'>[];
  const slots = prepared(
    db,
    `SELECT assignment_id AS assignmentId, weekday, lesson_number AS lessonNumber, valid_from AS validFrom, valid_to AS validTo
     FROM schedule_slots WHERE deleted = 0 ORDER BY weekday, lesson_number`,
  ).all() as (JournalAssignment['slots'][number] & { assignmentId: string })[];
  const enrollments = new Map<string, JournalEnrollment[]>();
  const rows = prepared(
    db,
    `SELECT e.class_id AS classId, e.student_id AS studentId, e.from_date AS "from", e.to_date AS "to"
     FROM enrollments e JOIN classes c ON c.id = e.class_id WHERE e.deleted = 0 AND c.academic_year_id = ? ORDER BY e.rowid`,
  ).all(academicYearId) as (JournalEnrollment & { classId: string })[];
  for (const { classId, ...enrollment } of rows) enrollments.set(classId, [...(enrollments.get(classId) ?? []), enrollment]);
  const periods = prepared(db, 'SELECT id, start_date AS start, end_date AS "end" FROM periods WHERE academic_year_id = ? AND deleted = 0 ORDER BY number').all(
    academicYearId,
  ) as JournalLoad['periods'];
  return {
    country,
    assignments: assignments.map((a) => ({ ...a, slots: slots.filter((s) => s.assignmentId === a.id).map(({ assignmentId: _, ...slot }) => slot) })),
    enrollments,
    periods,
  };
}

/**
 * Lessons are laid out from `from` to `to` (both included); those before `today` have been held: they carry their
 * topics, marks and attendance. Periods over before `today` carry their confirmed period grades.
 */
export interface JournalSpan {
  from: string;
  to: string;
  today: string;
}

/** Who writes a journal: the assignment's teacher's account, or (for a teacher without one) the demo administrator. */
export interface JournalAuthors {
  byTeacher: ReadonlyMap<string, User>;
  fallback: User;
}

export interface JournalCounts {
  lessons: number;
  marks: number;
  periodGrades: number;
}

/** New Ukrainian School: grades 1–4 are assessed in words, so their journals hold attendance only. */
const firstMarkedGrade = 5;
/** Every tenth lesson of a journal is a control lesson (a test, a dictation): every pupil present gets a control mark. */
const controlEvery = 10;
/** Share of pupils present who get a current mark in an ordinary lesson. */
const markedShare = 0.27;

const topicStems: Readonly<Record<string, readonly string[]>> = {
  Математика: ['Натуральні числа', 'Дроби', 'Десяткові дроби', 'Відсотки', 'Пропорції', 'Рівняння', 'Координатна площина', 'Раціональні числа'],
  Алгебра: ['Раціональні вирази', 'Квадратні корені', 'Квадратні рівняння', 'Нерівності', 'Функції та їх графіки', 'Системи рівнянь'],
  Геометрія: ['Трикутники', 'Чотирикутники', 'Подібність трикутників', 'Теорема Піфагора', 'Коло і круг', 'Вектори'],
  'Українська мова': ['Лексикологія', 'Фонетика', 'Будова слова', 'Іменник', 'Прикметник', 'Дієслово', 'Складне речення', 'Розвиток мовлення'],
  'Англійська мова': ['My Family', 'School Life', 'Hobbies', 'Travelling', 'Food and Health', 'Present Simple', 'Past Simple', 'Reading'],
  'Історія України': ['Київська держава', 'Галицько-Волинська держава', 'Козацька доба', 'Українська революція', 'Україна в ХХ столітті'],
  Фізика: ['Механічний рух', 'Взаємодія тіл', 'Тиск', 'Робота і енергія', 'Теплові явища', 'Електричний струм'],
};
const genericStems: readonly string[] = ['Вступ до розділу', 'Основні поняття', 'Практична робота', 'Розвʼязування вправ', 'Робота з підручником', 'Узагальнення'];

/** The lesson's start in UTC: first lesson 08:30 in Kyiv (about 06:30 UTC), 55 minutes apart. */
function lessonTime(date: string, lessonNumber: number, extraMinutes: number): Date {
  return new Date(Date.parse(`${date}T06:30:00Z`) + ((lessonNumber - 1) * 55 + extraMinutes) * 60_000);
}

/** An entry made after school on a later day: in the afternoon in Kyiv, one lesson's after another's. */
function afternoonOf(date: string, lessonNumber: number): Date {
  return new Date(Date.parse(`${date}T14:00:00Z`) + lessonNumber * 5 * 60_000);
}

/** 1 Monday … 7 Sunday. */
function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

function between(min: number, max: number, value: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Writes a year's journals as their teachers would have kept them: a lesson for every timetable slot on every teaching
 * day of a period, topics and homework (a few entered late, a few missing), current and control marks around each
 * pupil's usual level, absences in spells of illness (excused) and the odd truancy or lateness, a few marks entered a
 * day late (flagged as the app flags them), and the confirmed period grades of the periods that are over. Rows are
 * written with the journal repositories and the ids the app gives them (journals/journal-ids.ts), so they are what the
 * app writes, the marks in the order they were entered (as a year of the app's use leaves them, and a first Sync all
 * sends them); all in one transaction, with one audit row per journal summing it up (one per mark would double the
 * database and the time for no reader: the marks' history starts with the demo).
 */
export function generateJournals(db: Database.Database, load: JournalLoad, span: JournalSpan, rng: SeededRandom, authors: JournalAuthors): JournalCounts {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
    return writeJournals(db, load, span, rng, authors);
  } finally {
    db.pragma(`cache_size = ${cache}`);
  }
}

function writeJournals(db: Database.Database, load: JournalLoad, span: JournalSpan, rng: SeededRandom, authors: JournalAuthors): JournalCounts {
  return db.transaction(() => {
    const days = teachingDays(db, span.from, span.to).filter((d) => load.periods.some((p) => p.start <= d && d <= p.end));
    const held = days.filter((d) => d < span.today);
    const isWorkingDay = teachingDayTest(db, span.from, addDays(span.today, 30));
    const absences = absenceSpells(load, held, rng);
    const levels = new Map<string, number>();
    const scale = markScale[load.country];
    const levelOf = (studentId: string, subject: string) => {
      const key = `${studentId}|${subject}`;
      let level = levels.get(key);
      if (level === undefined) {
        let base = levels.get(studentId);
        if (base === undefined) {
          base = between(0.1, 0.95, 0.6 + (rng.next() + rng.next() + rng.next() - 1.5) * 0.35);
          levels.set(studentId, base);
        }
        level = between(0, 1, base + (rng.next() - 0.5) * 0.2);
        levels.set(key, level);
      }
      return level;
    };
    const markValue = (level: number, control: boolean) => {
      const noise = (rng.next() + rng.next() - 1) * 0.25 - (control ? 0.04 : 0);
      return Math.round(scale.min + between(0, 1, level + noise) * (scale.max - scale.min));
    };
    const nextWorkingDay = (date: string) => {
      let d = addDays(date, 1);
      while (!isWorkingDay(d)) d = addDays(d, 1);
      return d;
    };

    const journals: { assignment: JournalAssignment; author: User; marked: boolean; own: JournalCounts }[] = [];
    const marks: { mark: MarkWrite; enteredAt: Date; author: User }[] = [];
    const laidOutAt = lessonTime(span.from, 0, 0);
    for (const assignment of load.assignments) {
      const author = authors.byTeacher.get(assignment.teacherId) ?? authors.fallback;
      const enrolled = load.enrollments.get(assignment.classId) ?? [];
      const marked = assignment.grade >= firstMarkedGrade;
      const stems = topicStems[assignment.subjectName] ?? genericStems;
      const own = { lessons: 0, marks: 0, periodGrades: 0 };
      journals.push({ assignment, author, marked, own });
      for (const date of days) {
        const weekday = isoWeekday(date);
        for (const slot of assignment.slots) {
          if (slot.weekday !== weekday || slot.validFrom > date || (slot.validTo !== null && slot.validTo < date)) continue;
          const ordinal = own.lessons;
          own.lessons += 1;
          const control = marked && ordinal % controlEvery === controlEvery - 1;
          const lesson: Lesson = {
            id: lessonId(assignment.id, date, slot.lessonNumber),
            assignmentId: assignment.id,
            date,
            lessonNumber: slot.lessonNumber,
            topic: '',
            homework: '',
            kind: control ? 'control' : 'regular',
            cancelled: false,
            topicTimeliness: null,
          };
          insertLesson(db, lesson, laidOutAt, author.id);
          if (date >= span.today) continue;

          // Topics: most on the day, some two days late (allowed, flagged), a few never entered.
          const topicRoll = rng.next();
          if (topicRoll >= 0.03) {
            const stem = stems[Math.floor(ordinal / 6) % stems.length] ?? '';
            const paragraph = Math.floor(ordinal / 2) + 1;
            const topicOn = topicRoll < 0.08 && addDays(date, 2) < span.today ? addDays(date, 2) : date;
            const topic = control ? `Контрольна робота. ${stem}` : `${stem}. Урок ${(ordinal % 6) + 1}`;
            const homework = control || rng.chance(0.1) ? '' : `§ ${paragraph}, вправи ${paragraph * 3}–${paragraph * 3 + 3}`;
            const timeliness = entryTimeliness('topic', date, topicOn, isWorkingDay);
            const entered = { ...lesson, topic, homework, topicTimeliness: timeliness === 'too_late' ? ('needs_permission' as const) : timeliness };
            updateLesson(db, entered, topicOn, topicOn === date ? lessonTime(date, slot.lessonNumber, 10) : afternoonOf(topicOn, slot.lessonNumber), author.id);
          }

          const kind = control ? 'control' : 'current';
          // A teacher enters one lesson's marks in one sitting: on the day, the next working day, or (control work,
          // which is marked at home) a few days later.
          const late = !control && rng.chance(0.03) && nextWorkingDay(date) < span.today;
          const enteredOn = control ? [0, 1, 2, 3].map((n) => addDays(date, n)).filter((d) => d < span.today)[rng.int(0, 3)] ?? date : late ? nextWorkingDay(date) : date;
          const timeliness = entryTimeliness(kind, date, enteredOn, isWorkingDay);
          const enteredAt = enteredOn === date ? lessonTime(date, slot.lessonNumber, 40) : afternoonOf(enteredOn, slot.lessonNumber);
          for (const { studentId, from, to } of enrolled) {
            if (from > date || (to !== null && to <= date)) continue;
            const absent = absences.get(`${studentId}|${date}`);
            const attendance: Attendance = absent ?? (rng.chance(0.012) ? 'late' : 'present');
            const value = marked && !absent && (control || rng.chance(markedShare)) ? markValue(levelOf(studentId, assignment.subjectName), control) : null;
            if (value === null && attendance === 'present') continue;
            const mark: MarkWrite = {
              id: markId(lesson.id, studentId),
              lessonId: lesson.id,
              studentId,
              value,
              kind,
              attendance,
              note: '',
              enteredOn,
              timeliness: timeliness === 'too_late' ? 'needs_permission' : timeliness,
              unlockId: null,
            };
            marks.push({ mark, enteredAt, author });
            own.marks += 1;
          }
        }
      }
    }
    // In the order they were entered, as the app would have written them over the year: the sync sends them so.
    marks.sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
    for (const { mark, enteredAt, author } of marks) insertMark(db, mark, enteredAt, author.id);

    const counts: JournalCounts = { lessons: 0, marks: 0, periodGrades: 0 };
    for (const { assignment, author, marked, own } of journals) {
      if (marked) own.periodGrades = confirmPeriodGrades(db, load, assignment, span, author, isWorkingDay);
      appendAudit(db, {
        at: laidOutAt,
        user: author,
        entity: 'assignment',
        entityId: assignment.id,
        action: 'update',
        changes: [
          { field: 'demoJournalFrom', before: null, after: span.from },
          { field: 'demoJournalTo', before: null, after: span.to },
          { field: 'demoLessons', before: null, after: own.lessons },
          { field: 'demoMarks', before: null, after: own.marks },
          { field: 'demoPeriodGrades', before: null, after: own.periodGrades },
        ],
      });
      counts.lessons += own.lessons;
      counts.marks += own.marks;
      counts.periodGrades += own.periodGrades;
    }
    return counts;
  })();
}

/**
 * Days each pupil missed: spells of illness of 2–7 teaching days (excused; about one spell a pupil a quarter) and the
 * odd day skipped (absent without a reason).
 */
function absenceSpells(load: JournalLoad, days: readonly string[], rng: SeededRandom): Map<string, Attendance> {
  const absences = new Map<string, Attendance>();
  for (const enrolled of load.enrollments.values()) {
    for (const { studentId } of enrolled) {
      let sickFor = 0;
      for (const day of days) {
        if (sickFor === 0 && rng.chance(0.014)) sickFor = rng.int(2, 7);
        if (sickFor > 0) {
          absences.set(`${studentId}|${day}`, 'excused');
          sickFor -= 1;
        } else if (rng.chance(0.006)) {
          absences.set(`${studentId}|${day}`, 'absent');
        }
      }
    }
  }
  return absences;
}

/**
 * The period grades a teacher confirms at the end of a period that is over: the suggestion of core's grading
 * function from the period's marks, no bump, for every pupil with a mark; confirmed on the period's last teaching day.
 * The row is the one `periodGrades.confirmAll` stores.
 */
function confirmPeriodGrades(
  db: Database.Database,
  load: JournalLoad,
  assignment: JournalAssignment,
  span: JournalSpan,
  author: User,
  isWorkingDay: (date: string) => boolean,
): number {
  let stored = 0;
  for (const period of load.periods) {
    if (period.end >= span.today || period.end < span.from || period.start > span.to) continue;
    let lastDay = period.end;
    while (!isWorkingDay(lastDay) && lastDay > period.start) lastDay = addDays(lastDay, -1);
    const confirmedAt = lessonTime(lastDay, 8, 30).toISOString();
    for (const [studentId, marks] of marksByStudent(db, assignment.id, period.start, period.end)) {
      const result = computePeriodGrade(marks, load.country);
      if (!result.ok || result.grade === null) continue;
      prepared(
        db,
        `INSERT INTO period_grades (id, student_id, assignment_id, scope, period_id, computed_average, computed_grade, bump, final, set_by, confirmed_at,
           unlock_id, updated_at, updated_by)
         VALUES (?, ?, ?, 'period', ?, ?, ?, '0', ?, ?, ?, NULL, ?, ?)`,
      ).run(naturalId('periodGrade', assignment.id, studentId, 'period', period.id), studentId, assignment.id, period.id, result.average, result.grade, String(result.grade), author.id, confirmedAt, confirmedAt, author.id);
      stored += 1;
    }
  }
  return stored;
}
