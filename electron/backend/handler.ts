import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { User } from '../../core/api/auth-api';
import type { FeatureApi, MethodContract } from '../../core/api/method';
import { AppError } from '../../core/errors';
import type { SyncService } from './sync/sync-job';

/** What every handler gets: the open database, the acting user (null only for public methods), the clock. */
export interface HandlerContext {
  db: Database.Database;
  user: User | null;
  session: string | null;
  dataDir: string;
  /** TTF fonts for printouts (resources/fonts). */
  fontsDir: string;
  now(): Date;
  /** Today's date where the school is (its time zone), YYYY-MM-DD. */
  today(): string;
  /** Reports how far a long job has got; the renderer shows it as a progress bar (`onProgress`). */
  progress(job: string, phase: string, done: number, total: number): void;
  sessions: SessionStore;
  sync: SyncService;
  /**
   * Closes the database, lets `install` put another file at its path, reopens it (migrating it) and ends every
   * session; answers the new connection. Only a restore does this; `install` runs while no connection is open.
   */
  replaceDatabase(install: (file: string) => void): Database.Database;
}

export interface SessionStore {
  /** `host`: a session the host opened itself (the office command line), not by a typed password. */
  create(user: User, options?: { host?: boolean }): string;
  resolve(token: string): User | null;
  drop(token: string): void;
  /** Ends every session of the user (deactivated). */
  dropUser(userId: string): void;
}

export type HandlerRun<C extends MethodContract> = (
  ctx: HandlerContext,
  input: z.infer<C['input']>,
) => z.infer<C['output']> | Promise<z.infer<C['output']>>;

/** One run function per method of a feature's contract: a missing or an extra method is a type error. */
export type Handlers<A extends FeatureApi> = { [K in keyof A]: HandlerRun<A[K]> };

/** A feature's contract with its implementation; dispatch takes the input schema and the permission from the contract. */
export interface HandlerGroup<A extends FeatureApi = FeatureApi> {
  api: A;
  handlers: Handlers<A>;
}

export function defineHandlers<A extends FeatureApi>(api: A, handlers: Handlers<A>): HandlerGroup<A> {
  return { api, handlers };
}

/** The acting user of a method that is not public (dispatch has already refused such calls without one). */
export function actingUser(ctx: HandlerContext): User {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return ctx.user;
}
