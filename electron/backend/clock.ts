import type Database from 'better-sqlite3';
import { countrySchema } from '../../core/schemas/common';
import { localDate, schoolTimeZone } from '../../core/time/local-date';
import { prepared } from './db/prepared';

/** A stored country this app does not know is read as UA, the default profile. */
const storedCountry = countrySchema.catch('UA');

/** The school's time zone: its own setting, else its country's; Europe/Kyiv before the school is set up. */
export function schoolZone(db: Database.Database): string {
  const row = prepared(db, "SELECT country, json_extract(data, '$.timeZone') AS zone FROM school").get() as { country: string; zone: string | null } | undefined;
  if (!row) return schoolTimeZone('UA');
  return schoolTimeZone(storedCountry.parse(row.country), row.zone);
}

/** The calendar date of `at` where the school is, YYYY-MM-DD. */
export function schoolToday(db: Database.Database, at: Date): string {
  return localDate(at, schoolZone(db));
}
