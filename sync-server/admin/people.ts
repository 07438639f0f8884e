import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { personRoleSchema } from '../../core/overview/people-auth';
import { hashPassword, newOneTimePassword } from '../people/password';
import type { ServerDb } from '../storage/database';
import type { PeopleTable } from '../storage/tables';
import { AdminError } from './admin-error';
import { adminCodeSchema, requireDistrictByCode } from './districts';

export const newPersonSchema = z.object({
  login: z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N}_.@-]+$/u, 'letters, digits, "_", ".", "@" and "-" only'),
  name: z.string().trim().min(1).max(300),
  role: personRoleSchema,
  /** The district's code: required for a district officer, refused for a ministry officer. */
  district: adminCodeSchema.optional(),
});
export type NewPerson = z.input<typeof newPersonSchema>;

/** Adds an officer's account with a new password, answered once (only its hash is kept). */
export async function addPerson(db: ServerDb, input: NewPerson, now: Date): Promise<{ person: PeopleTable; password: string }> {
  const person = newPersonSchema.parse(input);
  if (person.role === 'district' && person.district === undefined) throw new AdminError('a district officer needs --district CODE');
  if (person.role === 'ministry' && person.district !== undefined) throw new AdminError('a ministry officer sees every school: leave out --district');
  const existing = await db.selectFrom('people').select('id').where('login', '=', person.login).executeTakeFirst();
  if (existing) throw new AdminError(`a person with login "${person.login}" already exists`);
  const district = person.district === undefined ? null : await requireDistrictByCode(db, person.district);
  const password = newOneTimePassword();
  const row: PeopleTable = {
    id: randomUUID(),
    login: person.login,
    name: person.name,
    role: person.role,
    district_id: district?.id ?? null,
    password_hash: await hashPassword(password),
    created_at: now.toISOString(),
  };
  await db.insertInto('people').values(row).execute();
  return { person: row, password };
}
