import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { User } from '../../core/api/auth-api';
import type { Invoker } from '../../core/api/invoke-result';
import type { ProgressSource } from '../../core/api/progress';
import { openBackendContext, type BackendContextOptions } from './backend-context';
import { startBackupSchedule } from './backup/backup-schedule';
import { recheckInNewAcademicYear } from './cards/students/year-start-recheck';
import { databaseFileName } from './db/open-database';
import { dispatch } from './dispatch';
import type { HandlerContext } from './handler';
import { inlineJobRunner, threadJobRunner } from './jobs/job-runners';
import { createProgressHub } from './progress/progress-hub';
import { markSchoolDemo } from './school/school-repository';
import { httpSyncServer } from './sync/http-sync-server';
import type { SyncService } from './sync/sync-job';

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

export interface BackendOptions extends Pick<BackendContextOptions, 'secrets' | 'connect' | 'resourcesDir'> {
  dataDir: string;
  now?: () => Date;
  /**
   * Where long jobs run: on a second connection in this thread (`inline`, the default: tests and the command line),
   * or on a worker thread of their own started from this script (the app, whose other calls must keep answering).
   */
  jobs?: 'inline' | { threadScript: string };
  /** The daily backup on start and every hour while running: the app's hosts turn it on, tests and the command line leave it off. */
  scheduledBackups?: boolean;
}

/**
 * Opens `<dataDir>/school-office.sqlite` (creating the folder and file, migrating the schema) and serves the handler
 * table over it. Plain Node: the app runs it on a worker thread (host/backend-worker.ts); tests and the command line
 * in their own thread. Throws DatabaseTooNewError when the file was written by a newer app.
 */
export function createBackend(opts: BackendOptions): Backend {
  mkdirSync(opts.dataDir, { recursive: true });
  const now = opts.now ?? (() => new Date());
  const hub = createProgressHub();
  const jobOptions = { dataDir: opts.dataDir, resourcesDir: opts.resourcesDir, now, emit: hub.emit };
  const jobs =
    opts.jobs === undefined || opts.jobs === 'inline'
      ? inlineJobRunner({ ...jobOptions, connect: opts.connect ?? httpSyncServer })
      : threadJobRunner({ ...jobOptions, script: opts.jobs.threadScript });
  const { base } = openBackendContext({
    ...opts,
    file: join(opts.dataDir, databaseFileName),
    now,
    emit: hub.emit,
    jobs,
    onOpen: (db) => recheckInNewAcademicYear(db, now()),
  });
  const schedule = opts.scheduledBackups ? startBackupSchedule(() => base.db, opts.dataDir, now) : null;
  return {
    get db() {
      return base.db;
    },
    dataDir: opts.dataDir,
    now,
    invoke: (method, input, session) => dispatch(base, method, input, session),
    onProgress: hub.onProgress,
    markDemo: () => markSchoolDemo(base.db),
    sync: base.sync,
    openSession: (user) => base.sessions.create(user, { host: true }),
    replaceDatabase: (install) => base.replaceDatabase(install),
    backupsIdle: async () => schedule?.idle(),
    close: () => {
      schedule?.stop();
      jobs.close();
      base.db.close();
    },
  };
}
