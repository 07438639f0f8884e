import { describe, expect, it } from 'vitest';
import type { AuditAnchorState } from '../../../core/api/audit-api';
import { anchorMessage } from '../../../renderer/src/screens/home/audit-check-view';

const checked = { checkedAt: '2025-11-20T10:00:00.000Z', anchoredSeq: 42, divergedAt: null };

describe("what the log check says of the central server's anchor", () => {
  it('says, without alarm, that a PC that never synced is not anchored', () => {
    expect(anchorMessage({ status: 'never', checkedAt: null, anchoredSeq: null, divergedAt: null })).toEqual({ key: 'auditAnchorNever', alarm: false });
  });

  it('says, without alarm, that the log extends what the server saw', () => {
    expect(anchorMessage({ status: 'extends', ...checked })).toEqual({ key: 'auditAnchorExtends', alarm: false });
  });

  it('alarms when the server found the log shorter', () => {
    const anchor: AuditAnchorState = { status: 'diverged', reason: 'shorter', detectedBy: 'server', ...checked };
    expect(anchorMessage(anchor)).toEqual({ key: 'auditAnchorShorter', alarm: true });
  });

  it('alarms when the server found the log rewritten', () => {
    const anchor: AuditAnchorState = { status: 'diverged', reason: 'rewritten', detectedBy: 'server', ...checked };
    expect(anchorMessage(anchor)).toEqual({ key: 'auditAnchorRewritten', alarm: true });
  });

  it('alarms when this PC found the anchored entry gone before the next Sync all', () => {
    const anchor: AuditAnchorState = { status: 'diverged', reason: 'shorter', detectedBy: 'this-pc', ...checked };
    expect(anchorMessage(anchor)).toEqual({ key: 'auditAnchorGone', alarm: true });
  });
});
