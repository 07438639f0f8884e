import type { ServerDb } from '../storage/database';

/** After this many failed sign-ins in a row, a login waits before it may try again. */
export const loginFailureLimit = 5;
export const loginThrottleMs = 15 * 60_000;

/**
 * The time a login may try again, or null when it may try now. Counted per login, known or not (so the answer does
 * not tell which logins exist), and kept in the database so that every server instance throttles alike.
 */
export async function throttledUntil(db: ServerDb, login: string, now: Date): Promise<Date | null> {
  const row = await db.selectFrom('login_failures').select(['failures', 'last_failed_at']).where('login', '=', login).executeTakeFirst();
  if (!row || row.failures < loginFailureLimit) return null;
  const until = new Date(Date.parse(row.last_failed_at) + loginThrottleMs);
  return until > now ? until : null;
}

export async function noteFailedLogin(db: ServerDb, login: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('login_failures')
    .values({ login, failures: 1, last_failed_at: at })
    .onConflict((oc) => oc.column('login').doUpdateSet((eb) => ({ failures: eb('login_failures.failures', '+', 1), last_failed_at: at })))
    .execute();
}

export async function clearFailedLogins(db: ServerDb, login: string): Promise<void> {
  await db.deleteFrom('login_failures').where('login', '=', login).execute();
}
