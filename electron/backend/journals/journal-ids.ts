import { naturalIdAfter } from '../db/natural-id';

const dayMs = 86_400_000;
const firstDay = Date.UTC(2000, 0, 1);

/** The day as 4 hex digits, days since 1 January 2000: ids made from it sort by day until 2179. */
function dayPrefix(date: string): string {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - firstDay) / dayMs)
    .toString(16)
    .padStart(4, '0');
}

/** A laid-out lesson's id: its natural key (journal × day × number), led by its day, so a day's lessons lie together. */
export function lessonId(assignmentId: string, date: string, lessonNumber: number): string {
  return naturalIdAfter(dayPrefix(date), 'lesson', assignmentId, date, lessonNumber);
}

/** A mark's id: its natural key (lesson × student), led by its lesson id's first 12 digits: a lesson's marks lie together, by day. */
export function markId(lessonIdOfMark: string, studentId: string): string {
  return naturalIdAfter(lessonIdOfMark.replace('-', '').slice(0, 12), 'mark', lessonIdOfMark, studentId);
}
