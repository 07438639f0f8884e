import type { Kysely } from 'kysely';
import { academicYearStartOf } from '../../core/rules/calendar';
import { localDate, schoolTimeZone } from '../../core/time/local-date';
import { classDataSchema, enrollmentDataSchema } from '../../core/sync/wire-data';
import type { SchoolsTable, Tables } from '../storage/tables';

/** The class a student is actively enrolled in. */
export interface ActiveClass {
  grade: number;
  academicYear: string;
}

/** The school's calendar date at `now`: 00:30 in Kyiv is already the next day, whatever UTC says. */
export function schoolToday(school: Pick<SchoolsTable, 'country'>, now: Date): string {
  return localDate(now, schoolTimeZone(school.country));
}

/** "2025/2026" for any date from 1 September 2025 to 31 August 2026. */
export function academicYearOf(today: string): string {
  const start = Number(academicYearStartOf(today).slice(0, 4));
  return `${start}/${start + 1}`;
}

export function academicYearStart(academicYear: string): string {
  return `${academicYear.slice(0, 4)}-09-01`;
}

/**
 * Students of a school actively enrolled today (DESIGN §5): an enrollment without `to` pointing at a live class of
 * the academic year that contains today.
 */
export async function activeEnrollments(db: Kysely<Tables>, schoolId: string, today: string): Promise<Map<string, ActiveClass>> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'type', 'data'])
    .where('school_id', '=', schoolId)
    .where('type', 'in', ['class', 'enrollment'])
    .where('deleted', '=', 0)
    .execute();
  const year = academicYearOf(today);
  const classes = new Map<string, ActiveClass>();
  for (const row of rows) {
    if (row.type !== 'class' || row.data === null) continue;
    const cls = classDataSchema.safeParse(JSON.parse(row.data));
    if (cls.success && cls.data.academicYear === year) classes.set(row.id, { grade: cls.data.grade, academicYear: year });
  }
  const active = new Map<string, ActiveClass>();
  for (const row of rows) {
    if (row.type !== 'enrollment' || row.data === null) continue;
    const enrollment = enrollmentDataSchema.safeParse(JSON.parse(row.data));
    if (!enrollment.success || enrollment.data.to !== undefined) continue;
    const cls = classes.get(enrollment.data.classId);
    if (cls) active.set(enrollment.data.studentId, cls);
  }
  return active;
}
