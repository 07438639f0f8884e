import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { User } from '../../../core/api/auth-api';
import type { UserRow } from '../../../core/api/users-api';
import { rolesSchema, type Role } from '../../../core/auth/permissions';
import { prepared } from '../db/prepared';

interface UserRecord {
  id: string;
  login: string;
  full_name: string;
  roles: string;
  staff_id: string | null;
  must_change_password: number;
  last_login_at: string | null;
  password_hash: string;
  disabled: number;
}

const storedRoles = z.string().transform((text, ctx) => {
  const parsed = rolesSchema.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: 'custom', message: 'stored roles' });
  return z.NEVER;
});

/** Logins compare case-insensitively in every alphabet (SQLite's NOCASE folds ASCII only). */
export function loginKey(login: string): string {
  return login.trim().normalize('NFC').toLocaleLowerCase('uk');
}

function toUser(row: UserRecord): User {
  return {
    id: row.id,
    login: row.login,
    fullName: row.full_name,
    roles: storedRoles.parse(row.roles),
    staffId: row.staff_id,
    mustChangePassword: row.must_change_password === 1,
  };
}

export function countUsers(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function insertUser(db: Database.Database, user: User, passwordHash: string, createdAt: Date): void {
  prepared(
    db,
    `INSERT INTO users (id, login, login_key, full_name, roles, staff_id, must_change_password, password_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    user.id,
    user.login,
    loginKey(user.login),
    user.fullName,
    JSON.stringify(user.roles),
    user.staffId,
    user.mustChangePassword ? 1 : 0,
    passwordHash,
    createdAt.toISOString(),
  );
}

export function loginTaken(db: Database.Database, login: string): boolean {
  return prepared(db, 'SELECT 1 FROM users WHERE login_key = ?').get(loginKey(login)) !== undefined;
}

/** The user with this login (active or not) and their password hash; null when unknown. */
export function findUserByLogin(
  db: Database.Database,
  login: string,
): { user: User; passwordHash: string; active: boolean; lastLoginAt: string | null } | null {
  const row = prepared(db, 'SELECT * FROM users WHERE login_key = ?').get(loginKey(login)) as UserRecord | undefined;
  return row ? { user: toUser(row), passwordHash: row.password_hash, active: row.disabled === 0, lastLoginAt: row.last_login_at } : null;
}

/** The active user with this id; null when unknown or deactivated (their sessions end with it). */
export function findActiveUser(db: Database.Database, id: string): User | null {
  const row = prepared(db, 'SELECT * FROM users WHERE id = ? AND disabled = 0').get(id) as UserRecord | undefined;
  return row ? toUser(row) : null;
}

export function passwordHashOf(db: Database.Database, id: string): string | null {
  const row = prepared(db, 'SELECT password_hash FROM users WHERE id = ?').get(id) as { password_hash: string } | undefined;
  return row?.password_hash ?? null;
}

/** Every account for the Users screen, by name, with the linked staff card's name and position. */
export function listUsers(db: Database.Database): UserRow[] {
  const rows = prepared(
    db,
    `SELECT u.*, CASE WHEN s.id IS NULL THEN NULL ELSE s.last_name || ' ' || s.first_name || ' ' || s.middle_name END AS staff_name
       FROM users u LEFT JOIN staff s ON s.id = u.staff_id
      ORDER BY u.disabled, u.full_name, u.login_key`,
  ).all() as (UserRecord & { staff_name: string | null })[];
  return rows.map((row) => ({
    ...toUser(row),
    staffName: row.staff_name?.trim() ?? null,
    lastLoginAt: row.last_login_at,
    active: row.disabled === 0,
  }));
}

export function updateUserProfile(db: Database.Database, id: string, profile: Pick<User, 'fullName' | 'roles' | 'staffId'>): void {
  prepared(db, 'UPDATE users SET full_name = ?, roles = ?, staff_id = ? WHERE id = ?').run(
    profile.fullName,
    JSON.stringify(profile.roles),
    profile.staffId,
    id,
  );
}

export function setUserActive(db: Database.Database, id: string, active: boolean): void {
  prepared(db, 'UPDATE users SET disabled = ? WHERE id = ?').run(active ? 0 : 1, id);
}

export function setPassword(db: Database.Database, id: string, passwordHash: string, mustChange: boolean): void {
  prepared(db, 'UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?').run(passwordHash, mustChange ? 1 : 0, id);
}

export function recordLogin(db: Database.Database, id: string, at: Date): void {
  prepared(db, 'UPDATE users SET last_login_at = ? WHERE id = ?').run(at.toISOString(), id);
}

/** Display names of users by id, for "changed by" columns. */
export function userName(db: Database.Database, id: string): string | null {
  const row = prepared(db, 'SELECT full_name FROM users WHERE id = ?').get(id) as { full_name: string } | undefined;
  return row?.full_name ?? null;
}

/** Active users holding `role`, longest-standing first. */
export function activeUsersWithRole(db: Database.Database, role: Role): User[] {
  const rows = prepared(
    db,
    `SELECT * FROM users WHERE disabled = 0 AND EXISTS (SELECT 1 FROM json_each(users.roles) WHERE value = ?)
      ORDER BY created_at, login_key`,
  ).all(role) as UserRecord[];
  return rows.map(toUser);
}

/** The longest-standing active user holding `role`; null when there is none. */
export function firstActiveUserWithRole(db: Database.Database, role: Role): User | null {
  return activeUsersWithRole(db, role)[0] ?? null;
}
