import type { School } from '../../../core/schemas/school';
import { schoolTimeZone } from '../../../core/time/local-date';

/** The signed-in school's time zone: Kyiv until the school is known (the demo and every new school start in UA). */
let zone = schoolTimeZone('UA');

/** The session store tells it when the school is read, so every "today" of the renderer is the school's. */
export function setSchoolZone(school: School | null): void {
  zone = school ? schoolTimeZone(school.country, school.timeZone) : schoolTimeZone('UA');
}

export function currentSchoolZone(): string {
  return zone;
}
