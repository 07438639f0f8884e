/** SQL fragments that decide who is in a class and who has left: every reader of enrollments uses the same ones. */

/**
 * SQL condition: enrollment `e` is current on the date bound to `date` (a parameter placeholder): begun on or
 * before it and not yet ended; `to` is the first day the student is no longer in the class. Shared by the list
 * query, so every reader agrees on "current".
 */
export function currentEnrollmentCondition(date: string): string {
  return `e.deleted = 0 AND e.from_date <= ${date} AND (e.to_date IS NULL OR e.to_date > ${date})`;
}

/**
 * SQL condition: student `s` has left the school — it was enrolled once and no enrollment of it is open (withdrawn,
 * graduated). A new card not yet in any class has not left. Left students keep their cards and history.
 */
export function leftSchoolCondition(): string {
  return `EXISTS (SELECT 1 FROM enrollments x WHERE x.student_id = s.id AND x.deleted = 0)
    AND NOT EXISTS (SELECT 1 FROM enrollments x WHERE x.student_id = s.id AND x.deleted = 0 AND x.to_date IS NULL)`;
}
