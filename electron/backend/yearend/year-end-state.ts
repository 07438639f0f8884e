import type Database from 'better-sqlite3';
import type { AcademicYearRecord } from '../../../core/academic/academic-year';
import { nextAcademicYear } from '../../../core/academic/academic-year';
import type { EnrollmentRecord } from '../../../core/academic/enrollment';
import { enrollmentReasonOf } from '../enrollments/enrollment-repository';
import type { OrderItem, OrderRecord } from '../../../core/academic/order';
import { orderKindSchema, withdrawalReasonSchema } from '../../../core/academic/order';
import type { SchoolClassRecord } from '../../../core/academic/school-class';
import type { YearEndState, YearEndStudent } from '../../../core/yearend/year-end-input';
import { AppError } from '../../../core/errors';
import { usedPersonalFileNumbers } from '../academic/personal-file-numbers';
import { findAcademicYear, periodsOfYear } from '../classes/academic-years';
import { prepared } from '../db/prepared';
import { requireSchool } from '../school/school-service';

/** A row with its null columns left out: core's records have optional fields, not nullable ones. */
type Present<T> = { [K in keyof T as null extends T[K] ? never : K]: T[K] } & { [K in keyof T as null extends T[K] ? K : never]?: Exclude<T[K], null> };

function present<T extends object>(value: T): Present<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as Present<T>;
}

function classesOf(db: Database.Database, years: readonly AcademicYearRecord[]): SchoolClassRecord[] {
  return years.flatMap((year) =>
    (
      prepared(db, `SELECT id, grade, label, homeroom_teacher_id AS homeroomTeacherId FROM classes WHERE academic_year_id = ? AND deleted = 0`).all(
        year.id,
      ) as { id: string; grade: number; label: string; homeroomTeacherId: string | null }[]
    ).map((c) => present({ ...c, academicYear: year.label })),
  );
}

/** Enrollments of the given classes. */
function enrollmentsOf(db: Database.Database, yearIds: readonly string[]): EnrollmentRecord[] {
  const rows = prepared(
    db,
    `SELECT e.id, e.student_id AS studentId, e.class_id AS classId, e.from_date AS "from", e.to_date AS "to", e.reason, e.order_id AS orderId
     FROM enrollments e JOIN classes c ON c.id = e.class_id
     WHERE e.deleted = 0 AND c.deleted = 0 AND c.academic_year_id IN (SELECT value FROM json_each(?))
     ORDER BY e.from_date, e.rowid`,
  ).all(JSON.stringify(yearIds)) as { id: string; studentId: string; classId: string; from: string; to: string | null; reason: string | null; orderId: string | null }[];
  return rows.map(({ reason, ...row }) => present({ ...row, reason: enrollmentReasonOf(reason) }));
}

/** Live students with the day of their latest withdrawal or graduation order not revoked since, if any. */
function studentsOf(db: Database.Database): YearEndStudent[] {
  const rows = prepared(
    db,
    `SELECT s.id, s.last_name AS lastName, json_extract(s.data, '$.personalFileNumber') AS personalFileNumber,
       (SELECT max(o.date) FROM order_items i JOIN orders o ON o.id = i.order_id
        WHERE i.student_id = s.id AND o.deleted = 0 AND o.kind IN ('withdraw', 'graduate')
          AND NOT EXISTS (SELECT 1 FROM orders r WHERE r.revokes_order_id = o.id AND r.deleted = 0)) AS withdrawnOn
     FROM students s WHERE s.deleted = 0`,
  ).all() as { id: string; lastName: string; personalFileNumber: string | null; withdrawnOn: string | null }[];
  return rows.map((row) => present(row));
}

function ordersOf(db: Database.Database): OrderRecord[] {
  const orders = prepared(
    db,
    `SELECT id, number, date, kind, entered_on AS enteredOn, year_end_of AS yearEndOf FROM orders WHERE deleted = 0 ORDER BY date, number`,
  ).all() as { id: string; number: number; date: string; kind: string; enteredOn: string; yearEndOf: string | null }[];
  const items = new Map<string, OrderItem[]>();
  const itemRows = prepared(
    db,
    `SELECT order_id AS orderId, student_id AS studentId, from_class_id AS fromClassId, to_class_id AS toClassId, reason,
       destination_school AS destinationSchool
     FROM order_items ORDER BY order_id, position`,
  ).all() as { orderId: string; studentId: string; fromClassId: string | null; toClassId: string | null; reason: string | null; destinationSchool: string | null }[];
  for (const { orderId, reason, ...item } of itemRows) {
    const list = items.get(orderId) ?? [];
    list.push(present({ ...item, reason: withdrawalReasonSchema.safeParse(reason).data ?? null }));
    items.set(orderId, list);
  }
  return orders.map(({ kind, ...order }) => present({ ...order, kind: orderKindSchema.parse(kind), items: items.get(order.id) ?? [] }));
}

export interface LoadedYearEndState {
  state: YearEndState;
  closingYear: AcademicYearRecord;
}

/** The school as the planner sees it, for closing `closingLabel`. */
export function loadYearEndState(db: Database.Database, closingLabel: string): LoadedYearEndState {
  const closingYear = findAcademicYear(db, closingLabel);
  if (!closingYear) throw new AppError('ACADEMIC_YEAR_MISSING', { label: closingLabel });
  const nextYear = findAcademicYear(db, nextAcademicYear(closingYear.label).label);
  const years = nextYear ? [closingYear, nextYear] : [closingYear];
  const { country, finalGrade } = requireSchool(db).school;
  const state: YearEndState = {
    school: { country, finalGrade },
    closingYear,
    ...(nextYear ? { nextYear } : {}),
    periods: years.flatMap((y) => periodsOfYear(db, y.id)),
    classes: classesOf(db, years),
    enrollments: enrollmentsOf(
      db,
      years.map((y) => y.id),
    ),
    students: studentsOf(db),
    orders: ordersOf(db),
    personalFileNumbersUsed: usedPersonalFileNumbers(db),
  };
  return { state, closingYear };
}
