import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DayOff } from '../../../core/api/calendar-api';
import type { User } from '../../../core/api/auth-api';
import type { MethodParsedInput } from '../../../core/api/contract';
import { publicHolidays } from '../../../core/calendar/public-holidays';
import { AppError } from '../../../core/errors';
import { weekdaysOnly } from '../../../core/grading/timeliness';
import { addDays } from '../../../core/rules/calendar';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';
import { findSchool } from '../school/school-repository';

const selectDayOff = 'SELECT id, kind, name, start_date AS start, end_date AS "end" FROM days_off';

/** Days off overlapping `from`..`to` (inclusive), by start. */
export function daysOffBetween(db: Database.Database, from: string, to: string): DayOff[] {
  return prepared(db, `${selectDayOff} WHERE deleted = 0 AND start_date <= ? AND end_date >= ? ORDER BY start_date`).all(to, from) as DayOff[];
}

/** Whether `date` is a teaching day: Monday to Friday and in no holiday or break of the calendar. */
export function teachingDayTest(db: Database.Database, from: string, to: string): (date: string) => boolean {
  const off = new Set<string>();
  for (const day of daysOffBetween(db, from, to)) for (let d = day.start; d <= day.end; d = addDays(d, 1)) off.add(d);
  return (date) => weekdaysOnly(date) && !off.has(date);
}

export function teachingDays(db: Database.Database, from: string, to: string): string[] {
  const isTeachingDay = teachingDayTest(db, from, to);
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isTeachingDay(d)) days.push(d);
  return days;
}

function insertDayOff(db: Database.Database, user: User, day: Omit<DayOff, 'id'>, now: Date): string {
  const id = randomUUID();
  prepared(db, 'INSERT INTO days_off (id, kind, name, start_date, end_date, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    day.kind,
    day.name,
    day.start,
    day.end,
    now.toISOString(),
    user.id,
  );
  appendAudit(db, { at: now, user, entity: 'day_off', entityId: id, action: 'create', changes: fieldChanges(null, day) });
  return id;
}

export function addDayOff(db: Database.Database, user: User, input: MethodParsedInput<'calendar.addDayOff'>, now: Date): { id: string } {
  return db.transaction(() => ({ id: insertDayOff(db, user, input, now) }))();
}

export function removeDayOff(db: Database.Database, user: User, id: string, now: Date): void {
  db.transaction(() => {
    const found = prepared(db, `${selectDayOff} WHERE id = ? AND deleted = 0`).get(id) as DayOff | undefined;
    if (!found) throw new AppError('NOT_FOUND', { entity: 'day_off' });
    prepared(db, 'UPDATE days_off SET deleted = 1, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?').run(now.toISOString(), user.id, id);
    appendAudit(db, { at: now, user, entity: 'day_off', entityId: id, action: 'delete', changes: [] });
  })();
}

/** Adds the country's public holidays within the academic year that no holiday of the calendar covers yet. */
export function addPublicHolidays(db: Database.Database, user: User, academicYearId: string, now: Date): number {
  const year = prepared(db, 'SELECT start_date AS start, end_date AS "end" FROM academic_years WHERE id = ? AND deleted = 0').get(academicYearId) as
    | { start: string; end: string }
    | undefined;
  if (!year) throw new AppError('ACADEMIC_YEAR_MISSING', { label: academicYearId });
  const country = findSchool(db)?.school.country ?? 'UA';
  const firstYear = Number(year.start.slice(0, 4));
  const lastYear = Number(year.end.slice(0, 4));
  return db.transaction(() => {
    let added = 0;
    for (let calendarYear = firstYear; calendarYear <= lastYear; calendarYear += 1) {
      for (const holiday of publicHolidays(country, calendarYear)) {
        if (holiday.date < year.start || holiday.date > year.end) continue;
        if (daysOffBetween(db, holiday.date, holiday.date).some((d) => d.kind === 'holiday')) continue;
        insertDayOff(db, user, { kind: 'holiday', name: holiday.name, start: holiday.date, end: holiday.date }, now);
        added += 1;
      }
    }
    return added;
  })();
}
