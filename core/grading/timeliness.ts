import { addDays, daysBetween } from '../rules/calendar';

/** What was entered in the journal: a lesson's topic (and homework), a current mark, a control result. */
export type JournalEntryKind = 'topic' | 'current' | 'control';

/**
 * How an entry stands against the deadlines of seed 004 items 21–22 (DESIGN §7):
 * - `on_time`: within its deadline;
 * - `late`: a topic after the first day but within the third (allowed "where needed", flagged and listed);
 * - `needs_permission`: past the deadline but within 5 working days of it: only with the administration's permission,
 *   flagged and listed;
 * - `too_late`: past that too; the journal refuses it.
 */
export type Timeliness = 'on_time' | 'late' | 'needs_permission' | 'too_late';

/** Topics: within 1 day of the lesson, 3 at most. */
export const topicDays = 1;
export const topicDaysAtMost = 3;
/** Control results: within 15 calendar days of the lesson. */
export const controlDays = 15;
/** Later entries with the administration's permission: up to 5 working days. */
export const permittedWorkingDays = 5;

/** Monday to Friday, except the days the school calendar names as holidays. */
export type IsWorkingDay = (date: string) => boolean;

export const weekdaysOnly: IsWorkingDay = (date) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, isWorkingDay: IsWorkingDay): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}

/** The last day an entry of `kind` for a lesson on `lessonDate` is on time. */
export function entryDeadline(kind: JournalEntryKind, lessonDate: string): string {
  if (kind === 'topic') return addDays(lessonDate, topicDays);
  if (kind === 'control') return addDays(lessonDate, controlDays);
  return lessonDate;
}

/**
 * How timely an entry made on `enteredOn` (the school's date) for a lesson on `lessonDate` is. Entries before the
 * lesson (a topic planned ahead) are on time. The 5 working days with permission count from the lesson for topics and
 * current marks (seed item 22: "within five working days after the lesson"); for a control result, whose own deadline
 * of 15 calendar days is longer than that, from its 15th day.
 */
export function entryTimeliness(kind: JournalEntryKind, lessonDate: string, enteredOn: string, isWorkingDay: IsWorkingDay = weekdaysOnly): Timeliness {
  const deadline = entryDeadline(kind, lessonDate);
  if (enteredOn <= deadline) return 'on_time';
  if (kind === 'topic' && daysBetween(lessonDate, enteredOn) <= topicDaysAtMost) return 'late';
  const permissionFrom = kind === 'control' ? deadline : lessonDate;
  return workingDaysBetween(permissionFrom, enteredOn, isWorkingDay) <= permittedWorkingDays ? 'needs_permission' : 'too_late';
}
