import { displayDate } from '../../../core/rules/calendar';
import { localDate } from '../../../core/time/local-date';
import { currentSchoolZone } from '../state/school-zone';

/** Today where the school is, YYYY-MM-DD: the date the backend and the server judge by, whatever the PC's clock zone. */
export function todayIso(now = new Date(), timeZone = currentSchoolZone()): string {
  return localDate(now, timeZone);
}

/** Cards keep YYYY-MM-DD; people read and type DD.MM.YYYY. Anything else is shown as stored. */
export function showDate(stored: string | undefined): string {
  return stored ? displayDate(stored) : '';
}

/**
 * What a typed date is stored as: DD.MM.YYYY (or D.M.YYYY) becomes YYYY-MM-DD, even when the day does not exist,
 * so the checks can say DATE_INVALID; other text is kept as typed for the checks to report.
 */
export function storeTypedDate(typed: string): string {
  const text = typed.trim();
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (!m) return text;
  return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}

/** An audit timestamp (ISO instant) as DD.MM.YYYY HH:MM in the user's time zone. */
export function showTimestamp(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
