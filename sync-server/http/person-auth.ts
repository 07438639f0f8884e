import type { MiddlewareHandler } from 'hono';
import { schoolOfToken } from '../admin/tokens';
import { ApiError } from '../api-error';
import { sessionOfToken } from '../people/sessions';
import type { ServerDb } from '../storage/database';
import type { PersonEnv } from './app-env';

/** The bearer token of a request, or null. */
export function bearerToken(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;
}

/**
 * Resolves `Authorization: Bearer …` to a person's live session (401 otherwise). A school's token is a valid
 * credential of another kind, so it is answered 403: schools never read the overview.
 */
export function personAuth(db: ServerDb, now: () => Date): MiddlewareHandler<PersonEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) throw new ApiError('UNAUTHENTICATED', 'sign in first: a bearer session token is required');
    const session = await sessionOfToken(db, token, now());
    if (!session) {
      if (await schoolOfToken(db, token)) throw new ApiError('FORBIDDEN', "a school's token cannot read the overview: sign in as a person");
      throw new ApiError('UNAUTHENTICATED', 'the session is not valid, ended or expired: sign in again');
    }
    c.set('session', session);
    c.set('sessionToken', token);
    await next();
  };
}
