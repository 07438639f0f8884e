/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so the time zone never moves a date. */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** A real calendar date written YYYY-MM-DD, from 1900 on (nothing we check is older). */
export function isRealDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function utcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** A real date as midnight UTC, the instant a spreadsheet cell of that date stands for; anything else undefined. */
export function utcDate(date: string): Date | undefined {
  return isRealDate(date) ? new Date(utcMs(date)) : undefined;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be real dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / msPerDay);
}

export function addDays(date: string, days: number): string {
  return new Date(utcMs(date) + days * msPerDay).toISOString().slice(0, 10);
}

/** Completed years of a person born on `birthDate` on the day `on`. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  const years = (oy ?? 0) - (by ?? 0);
  const beforeBirthday = (om ?? 0) < (bm ?? 0) || ((om ?? 0) === (bm ?? 0) && (od ?? 0) < (bd ?? 0));
  return beforeBirthday ? years - 1 : years;
}

/** 1 September that opened the academic year containing `date` (a year runs 1 September – 31 August). */
export function academicYearStartOf(date: string): string {
  const [y, m] = date.split('-').map(Number);
  const year = (m ?? 1) >= 9 ? (y ?? 0) : (y ?? 0) - 1;
  return `${String(year).padStart(4, '0')}-09-01`;
}

/** DD.MM.YYYY, as Ukrainian documents write dates. */
export function displayDate(date: string): string {
  const m = isoDate.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}
