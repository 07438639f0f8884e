import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Invoker } from '../../core/api/invoke-result';
import type { ProgressSource } from '../../core/api/progress';
import { openBackendContext, type BackendContextOptions } from './backend-context';
import { recheckInNewAcademicYear } from './cards/students/year-start-recheck';
import { databaseFileName } from './db/open-database';
import { dispatch } from './dispatch';
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
  const { db, base } = openBackendContext({ ...opts, file: join(opts.dataDir, databaseFileName), now, emit: hub.emit, jobs });
  recheckInNewAcademicYear(db, now());
  return {
    db,
    dataDir: opts.dataDir,
    now,
    invoke: (method, input, session) => dispatch(base, method, input, session),
    onProgress: hub.onProgress,
    markDemo: () => markSchoolDemo(db),
    sync: base.sync,
    close: () => {
      jobs.close();
      db.close();
    },
  };
}
