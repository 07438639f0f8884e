import type Database from 'better-sqlite3';
import type { MethodName, MethodOutput, MethodParsedInput } from '../../core/api/contract';
import type { User } from '../../core/api/auth-api';
import { AppError } from '../../core/errors';
import type { Permission } from './auth/permissions';
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
  sessions: SessionStore;
  sync: SyncService;
}

export interface SessionStore {
  create(user: User): string;
  resolve(token: string): User | null;
  drop(token: string): void;
}

export interface Handler<M extends MethodName> {
  permission: Permission;
  run(ctx: HandlerContext, input: MethodParsedInput<M>): MethodOutput<M> | Promise<MethodOutput<M>>;
}

/** A feature's part of the handler table; the key set is checked against the contract. */
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };

export function defineHandlers<M extends MethodName>(group: HandlerGroup<M>): HandlerGroup<M> {
  return group;
}

/** The acting user of a method that is not public (dispatch has already refused such calls without one). */
export function actingUser(ctx: HandlerContext): User {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return ctx.user;
}
