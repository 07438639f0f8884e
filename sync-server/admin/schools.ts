import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { countrySchema } from '../../core/schemas/common';
import type { ServerDb } from '../storage/database';
import type { SchoolsTable } from '../storage/tables';
import { AdminError } from './admin-error';
import { adminCodeSchema, requireDistrictByCode } from './districts';

export const newSchoolSchema = z.object({
  code: adminCodeSchema,
  name: z.string().trim().min(1).max(300),
  country: countrySchema.default('UA'),
  /** The code of a district added before. */
  district: adminCodeSchema.optional(),
});
export type NewSchool = z.input<typeof newSchoolSchema>;

export async function addSchool(db: ServerDb, input: NewSchool, now: Date): Promise<SchoolsTable> {
  const school = newSchoolSchema.parse(input);
  const existing = await db.selectFrom('schools').select('id').where('code', '=', school.code).executeTakeFirst();
  if (existing) throw new AdminError(`a school with code "${school.code}" already exists`);
  const district = school.district === undefined ? null : await requireDistrictByCode(db, school.district);
  const row: SchoolsTable = { id: randomUUID(), code: school.code, name: school.name, country: school.country, district_id: district?.id ?? null, created_at: now.toISOString() };
  await db.insertInto('schools').values(row).execute();
  return row;
}

export async function requireSchoolByCode(db: ServerDb, code: string): Promise<SchoolsTable> {
  const school = await db.selectFrom('schools').selectAll().where('code', '=', code).executeTakeFirst();
  if (!school) throw new AdminError(`no school with code "${code}" (add it with: school add --code ${code} --name NAME)`);
  return school;
}
