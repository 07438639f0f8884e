import Database from 'better-sqlite3';
import { migrate } from './migrations';

/** The school's database inside its data folder. */
export const databaseFileName = 'school-office.sqlite';

/**
 * Opens (creating if needed) the school's database with the PRAGMAs of DESIGN §3 and brings its schema up to date.
 * synchronous=FULL: a saved card must survive a power cut; it costs only per commit.
 */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
