import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { AuditAnchorState } from '../../../core/api/audit-api';
import { AppError } from '../../../core/errors';
import { anchorAnswerSchema, auditHeadSchema, type AnchorAnswer, type AnchorBody, type AnchorSeen } from '../../../core/sync/audit-anchor';
import { prepared } from '../db/prepared';
import { auditHashAt, auditHead } from './audit-log';

/** What anchoring needs of the central server (the HTTP client of Sync all). */
export interface AnchorServer {
  anchorSeen(): Promise<AnchorSeen>;
  anchor(body: AnchorBody): Promise<AnchorAnswer>;
}

const stateKey = 'audit_anchor';

/** The server's last answer with the head it now holds, as kept in `local_state`. */
const storedAnchorSchema = anchorAnswerSchema.extend({ head: auditHeadSchema });
type StoredAnchor = z.infer<typeof storedAnchorSchema>;

/** A central server from before the anchor answers 404: Sync all still completes, and verify keeps its last answer. */
function isServerWithoutAnchor(err: unknown): boolean {
  return err instanceof AppError && err.code === 'SYNC_REFUSED' && err.params?.reason === 'NOT_FOUND';
}

/**
 * Sends this PC's audit head to the central server with the row at the seq the server holds, and keeps the answer
 * (null: the server does not anchor). The server compares; this PC only reports what its chain holds.
 */
export async function anchorAuditHead(db: Database.Database, server: AnchorServer): Promise<AnchorAnswer | null> {
  let seen: AnchorSeen;
  try {
    seen = await server.anchorSeen();
  } catch (err) {
    if (isServerWithoutAnchor(err)) return null;
    throw err;
  }
  const head = auditHead(db);
  const atAnchor = seen.seq === null ? null : { seq: seen.seq, hash: auditHashAt(db, seen.seq) };
  const answer = await server.anchor({ head, atAnchor });
  const stored: StoredAnchor = { ...answer, head };
  prepared(db, 'INSERT INTO local_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(stateKey, JSON.stringify(stored));
  return answer;
}

function storedAnchor(db: Database.Database): StoredAnchor | null {
  const row = prepared(db, 'SELECT value FROM local_state WHERE key = ?').get(stateKey) as { value: string } | undefined;
  if (!row) return null;
  try {
    const parsed = storedAnchorSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The server's last verdict on this PC's chain, checked again here: if the head the server holds is no longer in
 * the chain (rows deleted or rewritten since that Sync all), the chain has diverged whatever the server said then.
 */
export function anchorState(db: Database.Database): AuditAnchorState {
  const stored = storedAnchor(db);
  if (!stored) return { status: 'never', checkedAt: null, anchoredSeq: null, divergedAt: null };
  const base = { checkedAt: stored.checkedAt, anchoredSeq: stored.head.seq, divergedAt: stored.divergedAt };
  const atHead = auditHashAt(db, stored.head.seq);
  if (atHead !== stored.head.hash) return { ...base, status: 'diverged', reason: atHead === null ? 'shorter' : 'rewritten', detectedBy: 'this-pc' };
  if (stored.status === 'diverged') return { ...base, status: 'diverged', reason: stored.reason, detectedBy: 'server' };
  return { ...base, status: 'extends' };
}
