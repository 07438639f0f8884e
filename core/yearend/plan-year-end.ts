import type { AcademicYearRecord } from '../academic/academic-year';
import { academicYearOf, nextAcademicYear } from '../academic/academic-year';
import type { EnrollmentRecord } from '../academic/enrollment';
import type { OrderItem, OrderKind, OrderRecord } from '../academic/order';
import { nextOrderNumber } from '../academic/order-numbering';
import { defaultPeriods, type PeriodRecord } from '../academic/period';
import { nextPersonalFileNumbers } from '../academic/personal-file-number';
import type { SchoolClassRecord } from '../academic/school-class';
import { gradeOfLabel, labelForGrade } from '../academic/school-class';
import { normaliseName } from '../normalise';
import { NewYearClasses } from './new-year-classes';
import type { StudentChoice, YearEndChoices, YearEndState } from './year-end-input';
import type {
  ClosedEnrollment,
  PlannedFirstGrader,
  StudentMovement,
  YearEndPlan,
  YearEndRefusal,
  YearEndRefusalCode,
  YearEndResult,
} from './year-end-plan';

/** The orders of a transition, in the sequence they are numbered. */
const yearEndOrderKinds = ['graduate', 'withdraw', 'promote', 'repeat', 'enroll'] as const satisfies readonly OrderKind[];
type YearEndOrderKind = (typeof yearEndOrderKinds)[number];

/**
 * The year-end transition of DESIGN §6 as a pure function: the school's state and the wizard's choices in, the plan
 * (or why there is none) out. The preview shows the plan; the backend applies it in one transaction. `newId` makes
 * the ids of the rows the plan adds (crypto.randomUUID in the backend, a counter in tests).
 *
 * Dates: a student who stays in the school leaves the old class on the new year's first day and joins the new class
 * that day; a student who leaves the school (graduate, leaver, transfer) leaves on the transition date. Orders, all
 * dated the transition date, are numbered on from the last order of the academic year containing that date, in the
 * sequence graduate, withdraw, promote, repeat (students kept in their grade: an order of their own), enroll. The
 * date may not lie before the last day of the closing year's last period: the year is not over before that.
 */
export function planYearEnd(state: YearEndState, choices: YearEndChoices, newId: () => string): YearEndResult {
  const closingLabel = state.closingYear.label;
  const expected = nextAcademicYear(closingLabel);
  if (state.nextYear && state.nextYear.label !== expected.label) {
    return { ok: false, error: refusal('YEAR_END_NEXT_YEAR_MISMATCH', { expected: expected.label, actual: state.nextYear.label }) };
  }
  const newYear: AcademicYearRecord = state.nextYear ?? { id: newId(), ...expected };
  const closingClasses = state.classes.filter((c) => c.academicYear === closingLabel).sort(byGradeAndLabel);
  const nextClasses = state.classes.filter((c) => c.academicYear === newYear.label);
  const closingClassById = new Map(closingClasses.map((c) => [c.id, c]));
  const nextClassIds = new Set(nextClasses.map((c) => c.id));

  const stateRefusal =
    alreadyRun(state, closingLabel, nextClassIds) ??
    dateOutOfRange(choices.date, state.closingYear, newYear) ??
    dateBeforeLastPeriodEnds(choices.date, state.periods, closingLabel) ??
    badClasses(closingClasses, state.school.finalGrade);
  if (stateRefusal) return { ok: false, error: stateRefusal };

  const open = openEnrollments(state.enrollments, closingClassById, nextClassIds);
  if ('code' in open) return { ok: false, error: open };
  const withdrawnOn = new Map(state.students.flatMap((s) => (s.withdrawnOn ? [[s.id, s.withdrawnOn] as const] : [])));
  const choiceRefusal =
    badChoices(choices.students, state, open.inClosingYear, withdrawnOn, closingClassById) ?? badFirstGraders(choices);
  if (choiceRefusal) return { ok: false, error: choiceRefusal };

  const orderIds: Record<YearEndOrderKind, string> = { graduate: newId(), withdraw: newId(), promote: newId(), repeat: newId(), enroll: newId() };
  const items: Record<YearEndOrderKind, OrderItem[]> = { graduate: [], withdraw: [], promote: [], repeat: [], enroll: [] };
  const classes = new NewYearClasses(newYear.label, nextClasses, newId);
  const choiceOf = new Map(choices.students.map((c) => [c.studentId, c]));
  const leavingOn = choices.date < newYear.start ? choices.date : newYear.start;
  const movements: StudentMovement[] = [];
  const closedEnrollments: ClosedEnrollment[] = [];
  const newEnrollments: EnrollmentRecord[] = [];
  const classMoves = new Map<string, string | undefined>();

  const close = (enrollment: EnrollmentRecord, to: string) =>
    closedEnrollments.push({ enrollmentId: enrollment.id, to: to < enrollment.from ? enrollment.from : to });
  const stay = (enrollment: EnrollmentRecord, from: SchoolClassRecord, grade: number, movement: 'promote' | 'repeat') => {
    const toClassId = classes.idOf(labelForGrade(from.label, grade), grade, movement === 'promote' ? from.homeroomTeacherId : undefined);
    if (movement === 'promote') classMoves.set(from.id, toClassId);
    close(enrollment, newYear.start);
    const reason = movement === 'promote' ? 'promoted' : 'repeating';
    newEnrollments.push({ id: newId(), studentId: enrollment.studentId, classId: toClassId, from: newYear.start, reason, orderId: orderIds[movement] });
    items[movement].push({ studentId: enrollment.studentId, fromClassId: from.id, toClassId });
    movements.push({ studentId: enrollment.studentId, fromClassId: from.id, movement, toClassId, orderId: orderIds[movement] });
  };
  const leave = (enrollment: EnrollmentRecord, from: SchoolClassRecord, movement: StudentMovement) => {
    close(enrollment, leavingOn);
    const kind = movement.movement === 'graduate' ? 'graduate' : 'withdraw';
    const item: OrderItem = { studentId: enrollment.studentId, fromClassId: from.id, reason: movement.reason ?? 'completed_education' };
    if (movement.destinationSchool !== undefined) item.destinationSchool = movement.destinationSchool;
    items[kind].push(item);
    movements.push({ ...movement, orderId: orderIds[kind] });
  };

  for (const schoolClass of closingClasses) {
    for (const enrollment of open.byClass.get(schoolClass.id) ?? []) {
      const { studentId } = enrollment;
      const withdrawn = withdrawnAfter(withdrawnOn, enrollment);
      const choice = choiceOf.get(studentId);
      const base = { studentId, fromClassId: schoolClass.id };
      if (withdrawn !== undefined) {
        // The withdrawal had its own order; only the enrollment left open by mistake is ended.
        close(enrollment, withdrawn);
        movements.push({ ...base, movement: 'not_carried' });
      } else if (choice?.action === 'repeat') stay(enrollment, schoolClass, schoolClass.grade, 'repeat');
      else if (choice?.action === 'leave') leave(enrollment, schoolClass, { ...base, movement: 'leave', reason: 'completed_education' });
      else if (choice?.action === 'transfer') {
        const { reason, destinationSchool } = choice;
        leave(enrollment, schoolClass, { ...base, movement: 'transfer', reason, destinationSchool });
      } else if (schoolClass.grade === state.school.finalGrade) {
        leave(enrollment, schoolClass, { ...base, movement: 'graduate', reason: 'completed_education' });
      } else stay(enrollment, schoolClass, schoolClass.grade + 1, 'promote');
    }
    for (const studentId of open.withdrawnFrom.get(schoolClass.id) ?? []) {
      movements.push({ studentId, fromClassId: schoolClass.id, movement: 'not_carried' });
    }
  }

  const usedNumbers = [...state.students.flatMap((s) => (s.personalFileNumber ? [s.personalFileNumber] : [])), ...state.personalFileNumbersUsed];
  const fileNumbers = nextPersonalFileNumbers(choices.firstGraders.map((row) => row.lastName), usedNumbers);
  const firstGraders: PlannedFirstGrader[] = choices.firstGraders.map((row, index) => {
    const studentId = newId();
    const classId = classes.idOf(row.classLabel, 1);
    newEnrollments.push({ id: newId(), studentId, classId, from: newYear.start, reason: 'admitted', orderId: orderIds.enroll });
    items.enroll.push({ studentId, toClassId: classId });
    const planned: PlannedFirstGrader = { studentId, row, classId };
    const personalFileNumber = fileNumbers[index];
    if (personalFileNumber !== undefined) planned.personalFileNumber = personalFileNumber;
    return planned;
  });

  let number = nextOrderNumber(state.orders, academicYearOf(choices.date).label);
  const orders: OrderRecord[] = yearEndOrderKinds
    .filter((kind) => items[kind].length > 0)
    .map((kind) => ({
      id: orderIds[kind],
      number: number++,
      date: choices.date,
      kind,
      items: items[kind],
      yearEndOf: closingLabel,
      ...(choices.basis ? { basis: choices.basis } : {}),
    }));

  const hasPeriods = state.periods.some((p) => p.academicYear === newYear.label);
  const plan: YearEndPlan = {
    closingYear: closingLabel,
    date: choices.date,
    newYear,
    createsYear: state.nextYear === undefined,
    newPeriods: hasPeriods ? [] : defaultPeriods(newYear.label, state.school.country).map((p) => ({ id: newId(), ...p })),
    newClasses: classes.created,
    classMoves: closingClasses.map((c) => {
      const toClassId = classMoves.get(c.id);
      return toClassId === undefined ? { classId: c.id } : { classId: c.id, toClassId };
    }),
    movements,
    closedEnrollments,
    newEnrollments,
    firstGraders,
    orders,
  };
  return { ok: true, plan };
}

function refusal(code: YearEndRefusalCode, params: YearEndRefusal['params']): YearEndRefusal {
  return { code, params };
}

function byGradeAndLabel(a: SchoolClassRecord, b: SchoolClassRecord): number {
  return a.grade - b.grade || a.label.localeCompare(b.label, 'uk');
}

/** A transition leaves its marks: its orders name the year, and the next year's classes hold promoted or repeating students. */
function alreadyRun(state: YearEndState, closingLabel: string, nextClassIds: ReadonlySet<string>): YearEndRefusal | undefined {
  const ran =
    state.orders.some((o) => o.yearEndOf === closingLabel) ||
    state.enrollments.some((e) => nextClassIds.has(e.classId) && (e.reason === 'promoted' || e.reason === 'repeating'));
  return ran ? refusal('YEAR_END_ALREADY_RUN', { year: closingLabel }) : undefined;
}

/**
 * The day a student was withdrawn, when it was during `enrollment` (a withdrawal before it began was undone by the
 * readmission that opened it). Such an enrollment was left open by mistake.
 */
function withdrawnAfter(withdrawnOn: ReadonlyMap<string, string>, enrollment: EnrollmentRecord): string | undefined {
  const on = withdrawnOn.get(enrollment.studentId);
  return on !== undefined && on >= enrollment.from ? on : undefined;
}

function dateOutOfRange(date: string, closingYear: AcademicYearRecord, newYear: AcademicYearRecord): YearEndRefusal | undefined {
  if (date >= closingYear.start && date <= newYear.end) return undefined;
  return refusal('YEAR_END_DATE_OUT_OF_RANGE', { date, from: closingYear.start, to: newYear.end });
}

/** The last day of the closing year's teaching: the end of its last period (none when the year has no periods). */
export function lastPeriodEnd(periods: readonly PeriodRecord[], yearLabel: string): string | undefined {
  return periods.filter((p) => p.academicYear === yearLabel).reduce<string | undefined>((last, p) => (last === undefined || p.end > last ? p.end : last), undefined);
}

function dateBeforeLastPeriodEnds(date: string, periods: readonly PeriodRecord[], closingLabel: string): YearEndRefusal | undefined {
  const periodEnd = lastPeriodEnd(periods, closingLabel);
  if (periodEnd === undefined || date >= periodEnd) return undefined;
  return refusal('YEAR_END_DATE_BEFORE_YEAR_ENDS', { date, periodEnd });
}

function badClasses(closingClasses: readonly SchoolClassRecord[], finalGrade: number): YearEndRefusal | undefined {
  const beyond = closingClasses.find((c) => c.grade > finalGrade);
  if (beyond) return refusal('YEAR_END_GRADE_BEYOND_FINAL', { classId: beyond.id, label: beyond.label, finalGrade });
  const seen = new Set<string>();
  for (const c of closingClasses) {
    if (seen.has(c.label)) return refusal('YEAR_END_DUPLICATE_CLASS_LABEL', { label: c.label });
    seen.add(c.label);
  }
  return undefined;
}

interface OpenEnrollments {
  /** Open enrollments of the closing year by class, in the order given. */
  byClass: Map<string, EnrollmentRecord[]>;
  /** Student → the enrollment of the closing year still open at its end. */
  inClosingYear: Map<string, EnrollmentRecord>;
  /** Class → students whose every enrollment of the closing year ended in it: withdrawn during the year. */
  withdrawnFrom: Map<string, string[]>;
}

function openEnrollments(
  enrollments: readonly EnrollmentRecord[],
  closingClassById: ReadonlyMap<string, SchoolClassRecord>,
  nextClassIds: ReadonlySet<string>,
): OpenEnrollments | YearEndRefusal {
  const byClass = new Map<string, EnrollmentRecord[]>();
  const inClosingYear = new Map<string, EnrollmentRecord>();
  const lastEnded = new Map<string, EnrollmentRecord>();
  const inNextYear = new Set<string>();
  for (const e of enrollments) {
    if (nextClassIds.has(e.classId) && e.to === undefined) inNextYear.add(e.studentId);
    if (!closingClassById.has(e.classId)) continue;
    if (e.to !== undefined) {
      const last = lastEnded.get(e.studentId);
      if (!last || (last.to ?? '') < e.to) lastEnded.set(e.studentId, e);
      continue;
    }
    if (inClosingYear.has(e.studentId)) return refusal('YEAR_END_ENROLLED_TWICE', { studentId: e.studentId });
    inClosingYear.set(e.studentId, e);
    byClass.set(e.classId, [...(byClass.get(e.classId) ?? []), e]);
  }
  const stillThere = [...inClosingYear.keys()].find((id) => inNextYear.has(id));
  if (stillThere) return refusal('YEAR_END_ALREADY_IN_NEXT_YEAR', { studentId: stillThere });
  const withdrawnFrom = new Map<string, string[]>();
  for (const [studentId, e] of lastEnded) {
    if (inClosingYear.has(studentId) || inNextYear.has(studentId)) continue;
    withdrawnFrom.set(e.classId, [...(withdrawnFrom.get(e.classId) ?? []), studentId]);
  }
  return { byClass, inClosingYear, withdrawnFrom };
}

function badChoices(
  choices: readonly StudentChoice[],
  state: YearEndState,
  inClosingYear: ReadonlyMap<string, EnrollmentRecord>,
  withdrawnOn: ReadonlyMap<string, string>,
  closingClassById: ReadonlyMap<string, SchoolClassRecord>,
): YearEndRefusal | undefined {
  const known = new Set(state.students.map((s) => s.id));
  const seen = new Set<string>();
  for (const choice of choices) {
    const { studentId } = choice;
    if (seen.has(studentId)) return refusal('YEAR_END_DUPLICATE_CHOICE', { studentId });
    seen.add(studentId);
    if (!known.has(studentId)) return refusal('YEAR_END_UNKNOWN_STUDENT', { studentId });
    const enrollment = inClosingYear.get(studentId);
    if (enrollment === undefined || withdrawnAfter(withdrawnOn, enrollment) !== undefined) {
      return refusal('YEAR_END_STUDENT_NOT_ENROLLED', { studentId });
    }
    const grade = closingClassById.get(enrollment.classId)?.grade ?? 0;
    if (choice.action === 'leave' && grade !== 9) return refusal('YEAR_END_LEAVE_NOT_GRADE_9', { studentId, grade });
  }
  return undefined;
}

function badFirstGraders(choices: YearEndChoices): YearEndRefusal | undefined {
  const seen = new Map<string, number>();
  for (const [index, row] of choices.firstGraders.entries()) {
    if (gradeOfLabel(row.classLabel) !== 1) return refusal('YEAR_END_FIRST_GRADER_NOT_GRADE_1', { index, classLabel: row.classLabel });
    const key = [normaliseName(row.lastName), normaliseName(row.firstName), row.birthDate].join('|').toLocaleLowerCase('uk');
    const other = seen.get(key);
    if (other !== undefined) return refusal('YEAR_END_DUPLICATE_FIRST_GRADER', { index, otherIndex: other });
    seen.set(key, index);
  }
  return undefined;
}
