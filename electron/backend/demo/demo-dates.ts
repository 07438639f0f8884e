import { academicYearStartOf, addDays } from '../../../core/rules/calendar';
import type { SeededRandom } from './seeded-random';

/** Calendar dates as YYYY-MM-DD, in UTC so the generated school does not depend on the time zone. */
export function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The academic year containing `today`: 1 September to 31 August. */
export function academicYearOf(today: string) {
  const start = academicYearStartOf(today);
  const first = Number(start.slice(0, 4));
  return { name: `${first}/${first + 1}`, start, end: isoDate(first + 1, 8, 31) };
}

/** A birth date of someone exactly `age` years old on `onDate`. */
export function birthDateForAge(rng: SeededRandom, onDate: string, age: number): string {
  const latest = yearsBefore(onDate, age);
  const earliest = addDays(yearsBefore(onDate, age + 1), 1);
  const span = Math.round((Date.parse(latest) - Date.parse(earliest)) / 86_400_000);
  return addDays(earliest, rng.int(0, span));
}

/** The same day `years` earlier (29 February becomes 28 February). */
export function yearsBefore(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return isoDate(year - years, month, month === 2 && day === 29 ? 28 : day);
}
