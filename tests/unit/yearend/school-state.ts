import type { EnrollmentRecord } from '../../../core/academic/enrollment';
import type { OrderRecord } from '../../../core/academic/order';
import type { SchoolClassRecord } from '../../../core/academic/school-class';
import { gradeOfLabel } from '../../../core/academic/school-class';
import type { Country } from '../../../core/schemas/common';
import type { YearEndChoices, YearEndChoicesInput, YearEndState } from '../../../core/yearend/year-end-input';
import { yearEndChoicesSchema, yearEndStateSchema } from '../../../core/yearend/year-end-input';
import { planYearEnd } from '../../../core/yearend/plan-year-end';
import type { StudentMovement, YearEndPlan, YearEndRefusal } from '../../../core/yearend/year-end-plan';

/** UUIDs from a counter; `space` keeps the school's ids apart from the ones a plan makes. */
export function counterIds(space: number): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${space.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

export function planIds(): () => string {
  return counterIds(0xbbbb);
}

interface StudentOptions {
  lastName?: string;
  personalFileNumber?: string;
  withdrawnOn?: string;
  from?: string;
  to?: string;
}

/** A school in the 2025/2026 year, built up class by class and student by student. */
export class SchoolBuilder {
  private readonly id = counterIds(0xaaaa);
  readonly state: YearEndState;

  constructor(options: { country?: Country; finalGrade?: 11 | 12; closingYear?: string } = {}) {
    const label = options.closingYear ?? '2025/2026';
    const [first, second] = label.split('/');
    this.state = yearEndStateSchema.parse({
      school: { country: options.country ?? 'UA', finalGrade: options.finalGrade ?? 11 },
      closingYear: { id: this.id(), label, start: `${first}-09-01`, end: `${second}-08-31` },
      periods: [],
      classes: [],
      enrollments: [],
      students: [],
      orders: [],
    });
  }

  /** The class `label` of the closing year (or of `year`), made on first use. */
  classOf(label: string, options: { year?: string; homeroomTeacherId?: string } = {}): SchoolClassRecord {
    const year = options.year ?? this.state.closingYear.label;
    const found = this.state.classes.find((c) => c.label === label && c.academicYear === year);
    if (found) return found;
    const made: SchoolClassRecord = { id: this.id(), academicYear: year, grade: gradeOfLabel(label) ?? 0, label };
    if (options.homeroomTeacherId !== undefined) made.homeroomTeacherId = options.homeroomTeacherId;
    this.state.classes.push(made);
    return made;
  }

  /** A student enrolled in `classLabel` of the closing year since 1 September unless told otherwise. */
  student(classLabel: string, options: StudentOptions = {}): string {
    const id = this.id();
    const student: YearEndState['students'][number] = { id, lastName: options.lastName ?? 'Коваленко' };
    if (options.personalFileNumber !== undefined) student.personalFileNumber = options.personalFileNumber;
    if (options.withdrawnOn !== undefined) student.withdrawnOn = options.withdrawnOn;
    this.state.students.push(student);
    this.enroll(id, classLabel, options);
    return id;
  }

  enroll(studentId: string, classLabel: string, options: { from?: string; to?: string; year?: string; reason?: EnrollmentRecord['reason'] } = {}): EnrollmentRecord {
    const schoolClass = this.classOf(classLabel, options.year === undefined ? {} : { year: options.year });
    const enrollment: EnrollmentRecord = { id: this.id(), studentId, classId: schoolClass.id, from: options.from ?? this.state.closingYear.start };
    if (options.to !== undefined) enrollment.to = options.to;
    if (options.reason !== undefined) enrollment.reason = options.reason;
    this.state.enrollments.push(enrollment);
    return enrollment;
  }

  /** Orders 1…count of the closing year, dated in the autumn. */
  ordersNumbered(count: number): void {
    const first = this.state.closingYear.start;
    for (let number = 1; number <= count; number += 1) {
      const order: OrderRecord = { id: this.id(), number, date: first, kind: 'enroll', items: [{ studentId: this.id(), toClassId: this.id() }] };
      this.state.orders.push(order);
    }
  }
}

export function choices(input: Partial<YearEndChoicesInput> = {}): YearEndChoices {
  return yearEndChoicesSchema.parse({ date: '2026-06-20', ...input });
}

/** The school after the backend applied `plan`, as the planner of the following year would see it. */
export function applied(state: YearEndState, plan: YearEndPlan): YearEndState {
  const closed = new Map(plan.closedEnrollments.map((c) => [c.enrollmentId, c.to]));
  return {
    ...state,
    closingYear: plan.newYear,
    nextYear: undefined,
    periods: [...state.periods, ...plan.newPeriods],
    classes: [...state.classes, ...plan.newClasses],
    enrollments: [
      ...state.enrollments.map((e) => {
        const to = closed.get(e.id);
        return to === undefined ? e : { ...e, to };
      }),
      ...plan.newEnrollments,
    ],
    students: [...state.students, ...plan.firstGraders.map((f) => ({ id: f.studentId, lastName: f.row.lastName }))],
    orders: [...state.orders, ...plan.orders],
  };
}

/** The same school seen again for the year that was just closed (a second run). */
export function appliedAgain(state: YearEndState, plan: YearEndPlan): YearEndState {
  return { ...applied(state, plan), closingYear: state.closingYear, nextYear: plan.newYear };
}

export function planOf(state: YearEndState, wanted: YearEndChoices = choices()): YearEndPlan {
  const result = planYearEnd(state, wanted, planIds());
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.plan;
}

export function refusalOf(state: YearEndState, wanted: YearEndChoices = choices()): YearEndRefusal {
  const result = planYearEnd(state, wanted, planIds());
  if (result.ok) throw new Error('planned, expected a refusal');
  return result.error;
}

export function movementOf(plan: YearEndPlan, studentId: string): StudentMovement | undefined {
  return plan.movements.find((m) => m.studentId === studentId);
}

export function newClassOf(plan: YearEndPlan, classId: string | undefined): SchoolClassRecord | undefined {
  return plan.newClasses.find((c) => c.id === classId);
}
