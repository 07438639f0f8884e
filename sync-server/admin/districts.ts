import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { countrySchema } from '../../core/schemas/common';
import type { ServerDb } from '../storage/database';
import type { DistrictsTable } from '../storage/tables';
import { AdminError } from './admin-error';

/** Codes of schools and districts alike: letters, digits, `_`, `.`, `-`. */
export const adminCodeSchema = z.string().trim().min(1).max(50).regex(/^[\p{L}\p{N}_.-]+$/u, 'letters, digits, "_", "." and "-" only');

export const newDistrictSchema = z.object({
  code: adminCodeSchema,
  name: z.string().trim().min(1).max(300),
  country: countrySchema.default('UA'),
});
export type NewDistrict = z.input<typeof newDistrictSchema>;

export async function addDistrict(db: ServerDb, input: NewDistrict, now: Date): Promise<DistrictsTable> {
  const district = newDistrictSchema.parse(input);
  const existing = await db.selectFrom('districts').select('id').where('code', '=', district.code).executeTakeFirst();
  if (existing) throw new AdminError(`a district with code "${district.code}" already exists`);
  const row: DistrictsTable = { id: randomUUID(), code: district.code, name: district.name, country: district.country, created_at: now.toISOString() };
  await db.insertInto('districts').values(row).execute();
  return row;
}

export async function requireDistrictByCode(db: ServerDb, code: string): Promise<DistrictsTable> {
  const district = await db.selectFrom('districts').selectAll().where('code', '=', code).executeTakeFirst();
  if (!district) throw new AdminError(`no district with code "${code}" (add it with: district add --code ${code} --name NAME)`);
  return district;
}
