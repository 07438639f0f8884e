import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { addDays } from '../../../core/rules/calendar';
import { addDayOff, addPublicHolidays } from '../calendar/days-off';
import { prepared } from '../db/prepared';
import { addDefaultSubjects, saveAssignment, setCurriculumHours, setSlot } from '../teaching/teaching-service';
import { listAssignments, listSubjects } from '../teaching/teaching-repository';

/** Hours a week of a subject, by grade (1–11); absent grades do not learn it. */
type HoursByGrade = Readonly<Partial<Record<number, number>>>;

interface CurriculumLine {
  subject: string;
  hours: HoursByGrade;
  /** The staff position that teaches it from grade 5 on; in grades 1–4 the class's own teacher does, unless `alsoPrimary`. */
  position: string;
  alsoPrimary?: boolean;
}

const span = (from: number, to: number, hours: number): HoursByGrade =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, hours]));

/**
 * The demo's curriculum: the hours of the Standard Educational Programmes (New Ukrainian School, the 5–9 programme with
 * its integrated course of mathematics in grades 5–7, and the profile school), rounded to whole hours so that every
 * hour is a slot of the weekly timetable.
 */
const curriculum: readonly CurriculumLine[] = [
  { subject: 'Українська мова', hours: { ...span(1, 4, 7), ...span(5, 6, 4), ...span(7, 9, 3), ...span(10, 11, 2) }, position: 'Вчитель української мови та літератури' },
  { subject: 'Українська література', hours: span(5, 11, 2), position: 'Вчитель української мови та літератури' },
  { subject: 'Зарубіжна література', hours: span(5, 11, 2), position: 'Вчитель зарубіжної літератури' },
  { subject: 'Англійська мова', hours: { 1: 2, ...span(2, 11, 3) }, position: 'Вчитель англійської мови', alsoPrimary: true },
  { subject: 'Математика', hours: span(1, 7, 4), position: 'Вчитель математики' },
  { subject: 'Алгебра', hours: { ...span(8, 9, 2), ...span(10, 11, 3) }, position: 'Вчитель математики' },
  { subject: 'Геометрія', hours: span(8, 11, 2), position: 'Вчитель математики' },
  { subject: 'Я досліджую світ', hours: span(1, 4, 3), position: 'Вчитель початкових класів' },
  { subject: 'Пізнаємо природу', hours: span(5, 6, 2), position: 'Вчитель біології' },
  { subject: 'Історія України', hours: { ...span(5, 6, 1), ...span(7, 11, 2) }, position: 'Вчитель історії' },
  { subject: 'Всесвітня історія', hours: span(7, 11, 1), position: 'Вчитель історії' },
  { subject: 'Громадянська освіта', hours: span(10, 11, 1), position: 'Вчитель історії' },
  { subject: 'Географія', hours: span(6, 10, 2), position: 'Вчитель географії' },
  { subject: 'Біологія', hours: span(7, 11, 2), position: 'Вчитель біології' },
  { subject: 'Фізика', hours: { ...span(7, 9, 2), ...span(10, 11, 3) }, position: 'Вчитель фізики' },
  { subject: 'Хімія', hours: { 7: 1, ...span(8, 11, 2) }, position: 'Вчитель хімії' },
  { subject: 'Інформатика', hours: { ...span(2, 9, 1), ...span(10, 11, 2) }, position: 'Вчитель інформатики' },
  { subject: 'Мистецтво', hours: { ...span(1, 4, 2), ...span(5, 9, 1) }, position: 'Вчитель мистецтва' },
  { subject: 'Технології', hours: { ...span(1, 4, 1), ...span(5, 9, 2) }, position: 'Вчитель трудового навчання' },
  { subject: 'Здоровʼя, безпека та добробут', hours: span(5, 9, 1), position: 'Вчитель основ здоровʼя' },
  { subject: 'Фізична культура', hours: span(1, 11, 3), position: 'Вчитель фізичної культури', alsoPrimary: true },
  { subject: 'Захист України', hours: span(10, 11, 2), position: 'Вчитель предмета «Захист України»' },
];

export interface DemoYearClass {
  id: string;
  grade: number;
  label: string;
  homeroomTeacherId: string | null;
}

export interface DemoTeacher {
  id: string;
  position: string;
}

export interface DemoTeachingInput {
  academicYearId: string;
  yearStart: string;
  classes: readonly DemoYearClass[];
  teachers: readonly DemoTeacher[];
  /** Teachers whose assignments are set already (the demo accounts'): they get no others, theirs come first in the timetable. */
  keptTeacherIds: readonly string[];
}

const weekdays = [1, 2, 3, 4, 5] as const;

/** The Monday of the week containing `date`. */
function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/**
 * The school's calendar of the year: the country's public holidays and the usual breaks of a Ukrainian school
 * (a week in late October, two weeks over the New Year, a week in late March).
 */
function addBreaks(db: Database.Database, admin: User, yearStart: string, now: Date): void {
  const first = Number(yearStart.slice(0, 4));
  const breaks = [
    { name: 'Осінні канікули', start: mondayOf(`${first}-10-28`), weeks: 1 },
    { name: 'Зимові канікули', start: mondayOf(`${first}-12-28`), weeks: 2 },
    { name: 'Весняні канікули', start: mondayOf(`${first + 1}-03-26`), weeks: 1 },
  ];
  for (const b of breaks) addDayOff(db, admin, { kind: 'break', name: b.name, start: b.start, end: addDays(b.start, 7 * b.weeks - 1) }, now);
}

/** Picks the teacher of a position with the fewest hours so far; the class's own teacher first when they hold it. */
function teacherFor(position: string, cls: DemoYearClass, teachers: readonly DemoTeacher[], hours: Map<string, number>): string {
  const holders = teachers.filter((t) => t.position === position);
  const own = holders.find((t) => t.id === cls.homeroomTeacherId);
  if (own) return own.id;
  // A stable sort over the roster's order: ties go to the earlier card, so the same school gets the same load.
  const least = [...holders].sort((a, b) => (hours.get(a.id) ?? 0) - (hours.get(b.id) ?? 0))[0];
  if (!least) throw new Error(`the demo roster has no "${position}"`);
  return least.id;
}

/**
 * The year's teaching structure: the default subjects, the curriculum of every grade, an assignment for every class ×
 * subject of it (kept ones as they are) and a weekly timetable in which neither a class nor a teacher has two lessons
 * at once. The kept teachers' assignments are placed first, unit k of their j-th assignment on weekday (j + k) mod 5,
 * so that such a teacher has a lesson on every weekday. Written through the teaching and calendar services, audited.
 */
export function seedDemoTeaching(db: Database.Database, admin: User, input: DemoTeachingInput, now: Date): void {
  addDefaultSubjects(db, admin, now);
  addPublicHolidays(db, admin, input.academicYearId, now);
  addBreaks(db, admin, input.yearStart, now);
  const subjectIds = new Map(listSubjects(db).map((s) => [s.name, s.id]));
  const subjectOf = (name: string) => {
    const id = subjectIds.get(name);
    if (!id) throw new Error(`no subject "${name}"`);
    return id;
  };
  for (const line of curriculum) {
    for (const [grade, hoursPerWeek] of Object.entries(line.hours)) {
      if (hoursPerWeek) setCurriculumHours(db, admin, { grade: Number(grade), subjectId: subjectOf(line.subject), hoursPerWeek }, now);
    }
  }

  const kept = new Set(input.keptTeacherIds);
  const existing = listAssignments(db, { academicYearId: input.academicYearId });
  const taken = new Set(existing.map((a) => `${a.classId}:${a.subjectId}`));
  const hours = new Map<string, number>();
  for (const a of existing) hours.set(a.teacherId, (hours.get(a.teacherId) ?? 0) + a.hoursPerWeek);
  const eligible = input.teachers.filter((t) => !kept.has(t.id));
  for (const cls of input.classes) {
    for (const line of curriculum) {
      const hoursPerWeek = line.hours[cls.grade];
      const subjectId = subjectOf(line.subject);
      if (!hoursPerWeek || taken.has(`${cls.id}:${subjectId}`)) continue;
      const primary = cls.grade <= 4 && !line.alsoPrimary;
      const teacherId = primary && cls.homeroomTeacherId ? cls.homeroomTeacherId : teacherFor(line.position, cls, eligible, hours);
      saveAssignment(db, admin, { teacherId, classId: cls.id, subjectId, hoursPerWeek }, now);
      hours.set(teacherId, (hours.get(teacherId) ?? 0) + hoursPerWeek);
    }
  }
  layOutTimetable(db, admin, input, kept, now);
}

function layOutTimetable(db: Database.Database, admin: User, input: DemoTeachingInput, kept: ReadonlySet<string>, now: Date): void {
  const assignments = listAssignments(db, { academicYearId: input.academicYearId });
  const ordered = [...assignments.filter((a) => kept.has(a.teacherId)), ...assignments.filter((a) => !kept.has(a.teacherId))];
  const busy = new Set<string>();
  const classDay = new Map<string, number>();
  ordered.forEach((assignment, j) => {
    const days = new Set<number>();
    for (let k = 0; k < assignment.hoursPerWeek; k++) {
      const preferred = (j + k) % 5;
      // Spread a subject over the week, then fill the class's lightest day, then keep close to the preferred day.
      const weekday = [...weekdays].sort((a, b) => {
        const score = (d: number) => (days.has(d) ? 100 : 0) + (classDay.get(`${assignment.classId}:${d}`) ?? 0) * 2 + ((d - 1 - preferred + 5) % 5) / 5;
        return score(a) - score(b);
      })[0] as number;
      let lessonNumber = 1;
      while (busy.has(`c${assignment.classId}:${weekday}:${lessonNumber}`) || busy.has(`t${assignment.teacherId}:${weekday}:${lessonNumber}`)) lessonNumber += 1;
      if (lessonNumber > 12) throw new Error(`no free slot for ${assignment.classLabel} ${assignment.subjectName}`);
      busy.add(`c${assignment.classId}:${weekday}:${lessonNumber}`);
      busy.add(`t${assignment.teacherId}:${weekday}:${lessonNumber}`);
      classDay.set(`${assignment.classId}:${weekday}`, (classDay.get(`${assignment.classId}:${weekday}`) ?? 0) + 1);
      days.add(weekday);
      setSlot(db, admin, { assignmentId: assignment.id, weekday, lessonNumber, validFrom: input.yearStart }, now);
    }
  });
}

/** The staff cards that teach (every position whose title starts "Вчитель"), in the order they were entered. */
export function demoTeachers(db: Database.Database): DemoTeacher[] {
  return prepared(db, "SELECT id, position FROM staff WHERE deleted = 0 AND position LIKE 'Вчитель%' ORDER BY rowid").all() as DemoTeacher[];
}
