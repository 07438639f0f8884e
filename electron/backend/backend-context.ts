import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { ProgressEvent } from '../../core/api/progress';
import { sessionPolicy } from './auth/session-policy';
import { createSessionStore, type SessionSource } from './auth/session-store';
import { findActiveUser } from './auth/users-repository';
import { schoolToday } from './clock';
import { openDatabase } from './db/open-database';
import type { HandlerContext } from './handler';
import type { JobRunner } from './jobs/job-runner';
import { httpSyncServer } from './sync/http-sync-server';
import { plainSecretStore, type SecretStore } from './sync/secret-store';
import { createSyncService, type SyncService } from './sync/sync-job';
import { runSync } from './sync/sync-run';

/** What dispatch needs besides the caller: the handlers' context, and where long jobs go (null: run them here). */
export interface BackendBase extends Omit<HandlerContext, 'user' | 'session'> {
  jobs: JobRunner | null;
}

export interface BackendContextOptions {
  file: string;
  dataDir: string;
  now: () => Date;
  emit: (event: ProgressEvent) => void;
  /** Seals the sync token: Electron passes a keychain-backed store; web mode and tests keep it plain. */
  secrets?: SecretStore | undefined;
  /** How to reach the central server (tests wrap the HTTP client to cut connections on purpose). */
  connect?: SyncService['connect'] | undefined;
  /** The app's resources folder (fonts for printouts); the packaged Electron app passes its own. */
  resourcesDir?: string | undefined;
  /** Where long jobs run; none: on this connection (the long jobs' own side). */
  jobs?: JobRunner | null | undefined;
  /** Runs on every connection this context opens, before the first call (the new-year recheck of the cards). */
  onOpen?: ((db: Database.Database) => void) | undefined;
}

/** Outside a package, resources/ sits at the repository's root. */
function repositoryResources(): string {
  return resolve(import.meta.dirname, '../../resources');
}

/**
 * Opens the database (migrating it) and builds the context every handler gets on it. `base.db` and `base.sessions`
 * are read through getters: a restore replaces the database file, reopens it and ends every session.
 */
export function openBackendContext(opts: BackendContextOptions): { base: BackendBase } {
  const open = () => {
    const opened = openDatabase(opts.file);
    opts.onOpen?.(opened);
    return opened;
  };
  let db = open();
  const { now } = opts;
  const sessionSource: SessionSource = {
    activeUser: (id) => findActiveUser(db, id),
    idleMs: () => sessionPolicy(db).idleMinutes * 60_000,
  };
  let sessions = createSessionStore(now, sessionSource);
  const connect = opts.connect ?? httpSyncServer;
  const jobs = opts.jobs ?? null;
  const run = jobs ? jobs.sync : (connection: Parameters<typeof connect>[0], onProgress: Parameters<typeof runSync>[3]) => runSync(db, connect(connection), now, onProgress);
  const base: BackendBase = {
    get db() {
      return db;
    },
    dataDir: opts.dataDir,
    fontsDir: join(opts.resourcesDir ?? repositoryResources(), 'fonts'),
    now,
    today: () => schoolToday(db, now()),
    progress: (job, phase, done, total) => opts.emit({ job, phase, done, total }),
    get sessions() {
      return sessions;
    },
    sync: createSyncService(opts.secrets ?? plainSecretStore, connect, run),
    replaceDatabase(install) {
      // The long jobs' connection goes first: it reopens on the new file at the next job.
      jobs?.close();
      db.close();
      try {
        install(opts.file);
      } finally {
        // The new file, or the old one still in place when `install` failed; sessions of the old database end either way.
        db = open();
        sessions = createSessionStore(now, sessionSource);
      }
      return db;
    },
    jobs,
  };
  return { base };
}
