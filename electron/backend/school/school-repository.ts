import type Database from 'better-sqlite3';
import { schoolSchema, type School } from '../../../core/schemas/school';
import { prepared } from '../db/prepared';

export interface SchoolRecord {
  id: string;
  school: School;
  demo: boolean;
}

export function findSchool(db: Database.Database): SchoolRecord | null {
  const row = prepared(db, 'SELECT id, data, demo FROM school').get() as { id: string; data: string; demo: number } | undefined;
  if (!row) return null;
  return { id: row.id, school: schoolSchema.parse(JSON.parse(row.data)), demo: row.demo === 1 };
}

export function insertSchool(db: Database.Database, id: string, school: School, at: Date, userId: string): void {
  const stamp = at.toISOString();
  prepared(
    db,
    `INSERT INTO school (id, code, name, country, data, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, school.code, school.name, school.country, JSON.stringify(school), stamp, stamp, userId);
}

export function updateSchool(db: Database.Database, school: School, at: Date, userId: string): void {
  prepared(db, 'UPDATE school SET code = ?, name = ?, country = ?, data = ?, updated_at = ?, updated_by = ?').run(
    school.code,
    school.name,
    school.country,
    JSON.stringify(school),
    at.toISOString(),
    userId,
  );
}

export function markSchoolDemo(db: Database.Database): void {
  prepared(db, 'UPDATE school SET demo = 1').run();
}
