import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ServerDb } from '../storage/database';
import type { SchoolsTable } from '../storage/tables';
import { AdminError } from './admin-error';
import { requireSchoolByCode } from './schools';

/** Tokens are stored only as this hash; a leaked database reveals no usable token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token for the school: 32 random bytes, shown once. */
export async function issueToken(db: ServerDb, schoolCode: string, now: Date): Promise<string> {
  const school = await requireSchoolByCode(db, schoolCode);
  const token = `so1_${randomBytes(32).toString('base64url')}`;
  await db.insertInto('tokens').values({ id: randomUUID(), school_id: school.id, token_hash: tokenHash(token), created_at: now.toISOString(), revoked_at: null }).execute();
  return token;
}

/** Revokes one token, or every live token of a school; answers how many were revoked. */
export async function revokeTokens(db: ServerDb, which: { token: string } | { schoolCode: string }, now: Date): Promise<number> {
  let query = db.updateTable('tokens').set({ revoked_at: now.toISOString() }).where('revoked_at', 'is', null);
  if ('token' in which) query = query.where('token_hash', '=', tokenHash(which.token));
  else query = query.where('school_id', '=', (await requireSchoolByCode(db, which.schoolCode)).id);
  const result = await query.executeTakeFirst();
  const count = Number(result.numUpdatedRows);
  if ('token' in which && count === 0) throw new AdminError('no live token matches');
  return count;
}

/** The one school a live token belongs to, or null. */
export async function schoolOfToken(db: ServerDb, token: string): Promise<SchoolsTable | null> {
  const row = await db
    .selectFrom('tokens')
    .innerJoin('schools', 'schools.id', 'tokens.school_id')
    .selectAll('schools')
    .where('tokens.token_hash', '=', tokenHash(token))
    .where('tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
