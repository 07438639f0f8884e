import type Database from 'better-sqlite3';
import type { AuditVerdict } from '../../../core/api/audit-api';
import { anchorState } from './audit-anchor';
import { findDrift } from './audit-drift';
import { verifyAudit } from './audit-log';

/**
 * Everything "verify the log" checks, as one plain function for the app and the office command line: the hash
 * chain, the central server's anchor, and the cards changed outside the app.
 */
export function verifyAuditLog(db: Database.Database): AuditVerdict {
  const chain = verifyAudit(db);
  const { drift, total } = findDrift(db);
  return { ...chain, anchor: anchorState(db), drift, driftTotal: total };
}
