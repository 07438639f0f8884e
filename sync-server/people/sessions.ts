import { randomBytes } from 'node:crypto';
import type { SignedInPerson } from '../../core/overview/people-auth';
import { tokenHash } from '../admin/tokens';
import type { ServerDb } from '../storage/database';
import { clearFailedLogins, noteFailedLogin, throttledUntil } from './login-throttle';
import { unmatchableHash, verifyPassword } from './password';

/** A session ends after this long without use. */
export const sessionIdleMs = 8 * 3600_000;
/** Use is written at most this often, so reading the overview is not a write per request. */
const touchEveryMs = 60_000;

/** Whose the session is and what the person may see: the district officer's district id, null for the ministry. */
export interface PersonSession {
  person: SignedInPerson;
  districtId: string | null;
}

export type SignInResult = { ok: true; token: string; person: SignedInPerson } | { ok: false; retryAt: Date | null };

async function personOf(db: ServerDb, personId: string): Promise<PersonSession | null> {
  const row = await db
    .selectFrom('people')
    .leftJoin('districts', 'districts.id', 'people.district_id')
    .select(['people.login', 'people.name', 'people.role', 'people.district_id', 'districts.code as district_code'])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!row) return null;
  const person: SignedInPerson = { login: row.login, name: row.name, role: row.role, ...(row.district_code ? { district: row.district_code } : {}) };
  return { person, districtId: row.district_id };
}

/** Checks the password (unless the login is throttled) and opens a session; its token is answered once. */
export async function signIn(db: ServerDb, login: string, password: string, now: Date): Promise<SignInResult> {
  const retryAt = await throttledUntil(db, login, now);
  if (retryAt) return { ok: false, retryAt };
  const row = await db.selectFrom('people').select(['id', 'password_hash']).where('login', '=', login).executeTakeFirst();
  const matches = await verifyPassword(password, row?.password_hash ?? unmatchableHash);
  if (!row || !matches) {
    await noteFailedLogin(db, login, now);
    return { ok: false, retryAt: null };
  }
  await clearFailedLogins(db, login);
  const token = `sop_${randomBytes(32).toString('base64url')}`;
  const at = now.toISOString();
  await db.insertInto('sessions').values({ token_hash: tokenHash(token), person_id: row.id, created_at: at, last_used_at: at, ended_at: null }).execute();
  const session = await personOf(db, row.id);
  if (!session) throw new Error(`person ${row.id} vanished while signing in`);
  return { ok: true, token, person: session.person };
}

/** The live session of a token, noting its use; null when unknown, ended or idle for 8 hours. */
export async function sessionOfToken(db: ServerDb, token: string, now: Date): Promise<PersonSession | null> {
  const hash = tokenHash(token);
  const row = await db.selectFrom('sessions').select(['person_id', 'last_used_at']).where('token_hash', '=', hash).where('ended_at', 'is', null).executeTakeFirst();
  if (!row) return null;
  const idle = now.getTime() - Date.parse(row.last_used_at);
  if (idle >= sessionIdleMs) return null;
  if (idle >= touchEveryMs) await db.updateTable('sessions').set({ last_used_at: now.toISOString() }).where('token_hash', '=', hash).execute();
  return personOf(db, row.person_id);
}

export async function signOut(db: ServerDb, token: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ ended_at: now.toISOString() }).where('token_hash', '=', tokenHash(token)).where('ended_at', 'is', null).execute();
}
