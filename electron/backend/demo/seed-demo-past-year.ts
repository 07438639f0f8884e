import type Database from 'better-sqlite3';
import { academicYearStarting } from '../../../core/academic/academic-year';
import type { User } from '../../../core/api/auth-api';
import { apiContract } from '../../../core/api/contract';
import { addDays } from '../../../core/rules/calendar';
import { recheckStudents } from '../cards/students/student-issues';
import { saveStudent } from '../cards/students/student-service';
import { createAcademicYear, findAcademicYear } from '../classes/academic-years';
import { classWithLabel } from '../classes/class-repository';
import { createClassInYear, requireClass, updateClassDetails } from '../classes/class-service';
import { closePeriod } from '../journals/period-locks';
import { createOrder } from '../orders/order-service';
import { requireSchool } from '../school/school-service';
import { addDefaultSubjects, saveAssignment } from '../teaching/teaching-service';
import { subjectIdByName } from '../teaching/teaching-repository';
import { applyYearEnd } from '../yearend/year-end-service';
import { seedDemoPastGrades, type PastJournal } from './demo-past-grades';
import { demoTeachingLoad } from './demo-past-teaching';
import type { DemoSchool } from './demo-school-types';

/** A moment of a school day, in the machine's time as the rest of the seeding dates its entries. */
function on(day: string, time: string): Date {
  return new Date(`${day}T${time}`);
}

export interface PastYearSeeded {
  /** Generator key → card id of the students whose cards only the past year holds (graduates and leavers). */
  leaverIds: Record<string, string>;
  /** Today's students the year-end transition placed in today's classes (all but the new first graders). */
  carried: ReadonlySet<string>;
}

/**
 * Writes the demo's finished previous year as a school would have lived it, each step through the backend's own
 * services on its own day: the year with its periods and classes, the leavers' cards, one enroll order per class on
 * 1 September, the teaching load, the withdrawals during the year, the period and year grades, every period closed,
 * then the year-end transition (planner and execution) on the day after the last period, which makes today's year
 * and its classes; last, in August, today's 5th grades get their new homeroom teachers (their primary teachers took
 * the new 1st grades). Today's students' cards must be saved already (`studentIds`); they are checked again as of `now` at the end.
 * Call inside one transaction.
 */
export async function seedDemoPastYear(
  db: Database.Database,
  director: User,
  demo: DemoSchool,
  ids: { staffIds: Record<string, string>; studentIds: Record<string, string> },
  now: Date,
): Promise<PastYearSeeded> {
  const past = demo.pastYear;
  const { start } = past.academicYear;
  const { country } = requireSchool(db).school;
  const opened = on(start, '08:00:00');
  const { year, periods } = createAcademicYear(db, director, academicYearStarting(Number(start.slice(0, 4))), country, opened);

  const classIds: Record<string, string> = {};
  for (const cls of past.classes) {
    const input = { academicYearId: year.id, grade: cls.grade, label: cls.label, homeroomTeacherId: ids.staffIds[cls.homeroomStaffKey] };
    classIds[cls.key] = createClassInYear(db, director, apiContract['classes.create'].input.parse(input), opened).id;
  }

  const leaverIds: Record<string, string> = {};
  for (const student of past.students) leaverIds[student.key] = saveStudent(db, director, { card: student.card }, opened).meta.id;
  const idOf = (key: string) => ids.studentIds[key] ?? leaverIds[key] ?? '';

  for (const cls of past.classes) {
    const toClassId = classIds[cls.key];
    const items = Object.entries(past.placement)
      .filter(([, classKey]) => classKey === cls.key)
      .map(([key]) => ({ studentId: idOf(key), toClassId }));
    if (items.length > 0) createOrder(db, director, apiContract['orders.create'].input.parse({ date: start, kind: 'enroll', items }), on(start, '09:00:00'));
  }

  addDefaultSubjects(db, director, opened);
  const journals: PastJournal[] = [];
  for (const a of demoTeachingLoad(past.classes, demo.staff)) {
    const input = { teacherId: ids.staffIds[a.teacherKey], classId: classIds[a.classKey], subjectId: subjectIdByName(db, a.subject), hoursPerWeek: a.hours };
    const { id } = saveAssignment(db, director, apiContract['assignments.save'].input.parse(input), opened);
    journals.push({ assignmentId: id, classId: input.classId ?? '', subject: a.subject });
  }

  for (const w of [...past.withdrawals].sort((a, b) => a.date.localeCompare(b.date))) {
    const item = { studentId: idOf(w.studentKey), fromClassId: classIds[past.placement[w.studentKey] ?? ''], reason: w.reason, destinationSchool: w.destinationSchool };
    createOrder(db, director, apiContract['orders.create'].input.parse({ date: w.date, kind: 'withdraw', items: [item] }), on(w.date, '10:00:00'));
  }

  const keyOf = new Map(Object.keys(past.placement).map((key) => [idOf(key), key]));
  seedDemoPastGrades(db, director, { country, periods, journals, keyOf, repeaters: new Set(past.repeaters) });
  for (const period of periods) closePeriod(db, director, period.id, on(period.end, '17:00:00'));

  const lastDay = periods.at(-1)?.end ?? past.academicYear.end;
  const date = addDays(lastDay, 1);
  const students = [
    ...past.repeaters.map((key) => ({ studentId: idOf(key), action: 'repeat' })),
    ...past.gradeNineLeavers.map((key) => ({ studentId: idOf(key), action: 'leave' })),
  ];
  const basis = { kind: 'council_decision', protocolNumber: '12', date: addDays(lastDay, -3) };
  // A demo being generated has nothing to back up: the transition's own safety copy would only hold this half-made school.
  const transition = apiContract['yearEnd.apply'].input.parse({ closingYear: year.label, choices: { date, basis, students } });
  await applyYearEnd(db, director, transition, on(date, '09:00:00'), () => Promise.resolve(''));

  const current = findAcademicYear(db, demo.academicYear.name);
  if (!current) throw new Error(`the year-end transition made no ${demo.academicYear.name}`);
  const august = on(addDays(demo.academicYear.start, -7), '10:00:00');
  for (const cls of demo.classes) {
    const id = classWithLabel(db, current.id, cls.label);
    const homeroomTeacherId = ids.staffIds[cls.homeroomStaffKey];
    if (!id || requireClass(db, id).homeroomTeacherId === homeroomTeacherId) continue;
    updateClassDetails(db, director, apiContract['classes.update'].input.parse({ id, grade: cls.grade, label: cls.label, homeroomTeacherId }), august);
  }
  // The orders checked today's cards as of their own days (an ID card issued since was "in the future"): check them as of today.
  recheckStudents(db, Object.values(ids.studentIds), now);
  const carried = new Set(demo.students.filter((s) => past.placement[s.key] !== undefined).map((s) => s.key));
  return { leaverIds, carried };
}
