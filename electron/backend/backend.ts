import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { Invoker } from '../../core/api/invoke-result';
import type { User } from '../../core/api/auth-api';
import type { ProgressSource } from '../../core/api/progress';
import { startBackupSchedule } from './backup/backup-schedule';
import { createSessionStore } from './auth/session-store';
import { recheckInNewAcademicYear } from './cards/students/year-start-recheck';
import { schoolToday } from './clock';
import { openDatabase } from './db/open-database';
import { createProgressHub } from './progress/progress-hub';
import { dispatch } from './dispatch';
import type { HandlerContext } from './handler';
import { markSchoolDemo } from './school/school-repository';
import { httpSyncServer } from './sync/http-sync-server';
import { plainSecretStore, type SecretStore } from './sync/secret-store';
import { createSyncService, type SyncService } from './sync/sync-job';

export const databaseFileName = 'school-office.sqlite';

export interface Backend extends Invoker, ProgressSource {
  readonly db: Database.Database;
  readonly dataDir: string;
  /** The backend's clock (injected in tests). */
  now(): Date;
  /** Marks the database as the demo school: `setup.status` answers `demo: true` from then on. */
  markDemo(): void;
  readonly sync: SyncService;
  /**
   * A session for a user the host has identified itself: the office command line acts as the school's director or
   * administrator for whoever may open the data folder.
   */
  openSession(user: User): string;
  /** See HandlerContext.replaceDatabase: the command line's restore. */
  replaceDatabase: HandlerContext['replaceDatabase'];
  /** The daily backup's check running now, if any, has ended (tests; closing cleanly). */
  backupsIdle(): Promise<void>;
  close(): void;
}

/**
 * Opens `<dataDir>/school-office.sqlite` (creating the folder and file, migrating the schema) and serves the handler
 * table over it. Plain Node: Electron's main process and web mode both wrap it. Throws DatabaseTooNewError when the
 * file was written by a newer app.
 */
export interface BackendOptions {
  dataDir: string;
  now?: () => Date;
  /** Seals the sync token: Electron passes the OS keychain; web mode and tests keep it plain. */
  secrets?: SecretStore;
  /** How to reach the central server (tests wrap the HTTP client to cut connections on purpose). */
  connect?: SyncService['connect'];
  /** The app's resources folder (fonts for printouts); the packaged Electron app passes its own. */
  resourcesDir?: string;
  /** The daily backup on start and every hour while running: the app's hosts turn it on, tests and the command line leave it off. */
  scheduledBackups?: boolean;
}

/** Outside a package, resources/ sits at the repository's root. */
function repositoryResources(): string {
  return resolve(import.meta.dirname, '../../resources');
}

export function createBackend(opts: BackendOptions): Backend {
  mkdirSync(opts.dataDir, { recursive: true });
  const file = join(opts.dataDir, databaseFileName);
  const now = opts.now ?? (() => new Date());
  const open = () => {
    const opened = openDatabase(file);
    recheckInNewAcademicYear(opened, now());
    return opened;
  };
  let db = open();
  let sessions = createSessionStore(now);
  const replaceDatabase = (install: (file: string) => void) => {
    db.close();
    try {
      install(file);
    } finally {
      // The new file, or the old one still in place when `install` failed; sessions of the old database end either way.
      db = open();
      sessions = createSessionStore(now);
    }
    return db;
  };
  const sync = createSyncService(opts.secrets ?? plainSecretStore, opts.connect ?? httpSyncServer);
  const fontsDir = join(opts.resourcesDir ?? repositoryResources(), 'fonts');
  const hub = createProgressHub();
  const base: Omit<HandlerContext, 'user' | 'session'> = {
    get db() {
      return db;
    },
    dataDir: opts.dataDir,
    fontsDir,
    now,
    today: () => schoolToday(db, now()),
    progress: (job, phase, done, total) => hub.emit({ job, phase, done, total }),
    get sessions() {
      return sessions;
    },
    sync,
    replaceDatabase,
  };
  const schedule = opts.scheduledBackups ? startBackupSchedule(() => db, opts.dataDir, now) : null;
  return {
    get db() {
      return db;
    },
    dataDir: opts.dataDir,
    now,
    invoke: (method, input, session) => dispatch(base, method, input, session),
    onProgress: hub.onProgress,
    markDemo: () => markSchoolDemo(db),
    sync,
    openSession: (user) => sessions.create(user),
    replaceDatabase,
    backupsIdle: async () => schedule?.idle(),
    close: () => {
      schedule?.stop();
      db.close();
    },
  };
}
