import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { roleSchema } from '../../../core/auth/permissions';
import { prepared } from '../db/prepared';

interface UserRow {
  id: string;
  login: string;
  full_name: string;
  role: string;
  password_hash: string;
  disabled: number;
}

/** Logins compare case-insensitively in every alphabet (SQLite's NOCASE folds ASCII only). */
export function loginKey(login: string): string {
  return login.trim().normalize('NFC').toLocaleLowerCase('uk');
}

function toUser(row: UserRow): User {
  return { id: row.id, login: row.login, fullName: row.full_name, role: roleSchema.parse(row.role) };
}

export function countUsers(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function insertUser(db: Database.Database, user: User, passwordHash: string, createdAt: Date): void {
  prepared(
    db,
    `INSERT INTO users (id, login, login_key, full_name, role, password_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(user.id, user.login, loginKey(user.login), user.fullName, user.role, passwordHash, createdAt.toISOString());
}

/** The active user with this login and their password hash; null when unknown or disabled. */
export function findActiveUserByLogin(db: Database.Database, login: string): { user: User; passwordHash: string } | null {
  const row = prepared(db, 'SELECT * FROM users WHERE login_key = ?').get(loginKey(login)) as UserRow | undefined;
  if (!row || row.disabled) return null;
  return { user: toUser(row), passwordHash: row.password_hash };
}

/** Display names of users by id, for "changed by" columns. */
export function userName(db: Database.Database, id: string): string | null {
  const row = prepared(db, 'SELECT full_name FROM users WHERE id = ?').get(id) as { full_name: string } | undefined;
  return row?.full_name ?? null;
}

/** The longest-standing active user holding `role`; null when there is none. */
export function firstActiveUserWithRole(db: Database.Database, role: User['role']): User | null {
  const row = prepared(db, 'SELECT * FROM users WHERE role = ? AND disabled = 0 ORDER BY created_at, login_key LIMIT 1').get(role) as UserRow | undefined;
  return row ? toUser(row) : null;
}
