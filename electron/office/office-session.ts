import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { User } from '../../core/api/auth-api';
import type { MethodInput, MethodName, MethodOutput } from '../../core/api/contract';
import { AppError } from '../../core/errors';
import { findUserByLogin, firstActiveUserWithRole } from '../backend/auth/users-repository';
import { createBackend, type Backend } from '../backend/backend';
import { databaseFileName } from '../backend/db/open-database';

/** A command's reason to stop, printed as `Error: <message>` with exit code 1. */
export class CommandFailure extends Error {}

/** The open data folder, signed in as the account the command acts for. */
export interface OfficeSession {
  backend: Backend;
  actor: User;
  /** One call of the handler table as the actor; a refusal is thrown as AppError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  close(): void;
}

/**
 * The account the command line acts as, and the audit names: the school's director account, else the administrator
 * (the longest-standing active one of that role). Whoever may open the data folder may act for the school's head.
 */
function officeActor(backend: Backend, login: string | undefined): User {
  if (login !== undefined) {
    const found = findUserByLogin(backend.db, login);
    if (!found?.active) throw new CommandFailure(`no active account with the login ${login}`);
    return found.user;
  }
  const actor = firstActiveUserWithRole(backend.db, 'director') ?? firstActiveUserWithRole(backend.db, 'administrator');
  if (!actor) throw new CommandFailure('the database has no active director or administrator account to act as');
  return actor;
}

/**
 * Opens an existing School Office data folder as its backend, acting as `as` (a login) when given; a folder without a
 * database is refused, not created.
 */
export function openOffice(dataDir: string, as?: string): OfficeSession {
  const dir = resolve(dataDir);
  if (!existsSync(join(dir, databaseFileName))) throw new CommandFailure(`${dir} holds no School Office database (${databaseFileName})`);
  const backend = createBackend({ dataDir: dir });
  try {
    const actor = officeActor(backend, as);
    const session = backend.openSession(actor);
    return {
      backend,
      actor,
      async call(method, input) {
        const result = await backend.invoke(method, input, session);
        if (!result.ok) throw new AppError(result.error.code, result.error.params);
        return result.value as MethodOutput<typeof method>;
      },
      close: () => backend.close(),
    };
  } catch (err) {
    backend.close();
    throw err;
  }
}

/** Runs `work` over the open folder and closes it, whatever happens. */
export async function withOffice<T>(dataDir: string, work: (office: OfficeSession) => Promise<T>, as?: string): Promise<T> {
  const office = openOffice(dataDir, as);
  try {
    return await work(office);
  } finally {
    office.close();
  }
}
