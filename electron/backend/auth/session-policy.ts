import type Database from 'better-sqlite3';
import { sessionPolicySchema, type SessionPolicy } from '../../../core/api/users-api';
import { prepared } from '../db/prepared';

const policyKey = 'sessionPolicy';

/** DESIGN §9: sessions end after 30 minutes without a call, unless the office set another time. */
export const defaultSessionPolicy: SessionPolicy = { idleMinutes: 30 };

export function sessionPolicy(db: Database.Database): SessionPolicy {
  const row = prepared(db, 'SELECT value FROM local_state WHERE key = ?').get(policyKey) as { value: string } | undefined;
  if (!row) return defaultSessionPolicy;
  const parsed = sessionPolicySchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : defaultSessionPolicy;
}

export function saveSessionPolicy(db: Database.Database, policy: SessionPolicy): void {
  prepared(db, 'INSERT INTO local_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    policyKey,
    JSON.stringify(policy),
  );
}
