import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { Invoker } from '../../core/api/invoke-result';
import type { ProgressSource } from '../../core/api/progress';
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
}

/** Outside a package, resources/ sits at the repository's root. */
function repositoryResources(): string {
  return resolve(import.meta.dirname, '../../resources');
}

export function createBackend(opts: BackendOptions): Backend {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = openDatabase(join(opts.dataDir, databaseFileName));
  const now = opts.now ?? (() => new Date());
  recheckInNewAcademicYear(db, now());
  const sync = createSyncService(opts.secrets ?? plainSecretStore, opts.connect ?? httpSyncServer);
  const fontsDir = join(opts.resourcesDir ?? repositoryResources(), 'fonts');
  const hub = createProgressHub();
  const base: Omit<HandlerContext, 'user' | 'session'> = {
    db,
    dataDir: opts.dataDir,
    fontsDir,
    now,
    today: () => schoolToday(db, now()),
    progress: (job, phase, done, total) => hub.emit({ job, phase, done, total }),
    sessions: createSessionStore(now),
    sync,
  };
  return {
    db,
    dataDir: opts.dataDir,
    now,
    invoke: (method, input, session) => dispatch(base, method, input, session),
    onProgress: hub.onProgress,
    markDemo: () => markSchoolDemo(db),
    sync,
    close: () => db.close(),
  };
}
