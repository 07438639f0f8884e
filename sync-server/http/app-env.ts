import type { MiddlewareHandler } from 'hono';
import type { PersonSession } from '../people/sessions';
import type { RegistryAdapter } from '../registry/registry-adapter';
import type { ServerDb } from '../storage/database';
import type { SchoolsTable } from '../storage/tables';

/** What every router gets from the app factory. */
export interface AppDeps {
  db: ServerDb;
  registry: RegistryAdapter;
  now: () => Date;
  /** Largest accepted request body, after decompression. */
  bodyLimitBytes: number;
  /** Resolves the bearer token to its school (401 otherwise): every school endpoint declares it first. */
  auth: MiddlewareHandler<AppEnv>;
  /** The per-token rate limit, one count across all endpoints: declared after `auth`. */
  limit: MiddlewareHandler<AppEnv>;
  /** /validate calls per school per minute. */
  validateRateLimitPerMinute: number;
}

/** What the bearer middleware leaves for the handlers: the one school the token belongs to. */
export interface AppEnv {
  Variables: {
    school: SchoolsTable;
    tokenHash: string;
    deviceId: string;
  };
}

/** What the person middleware leaves for the overview's handlers: the session and its token. */
export interface PersonEnv {
  Variables: {
    session: PersonSession;
    sessionToken: string;
  };
}
