import type { AuditAnchorState } from '../../../../core/api/audit-api';

export type AnchorMessage = 'auditAnchorNever' | 'auditAnchorExtends' | 'auditAnchorShorter' | 'auditAnchorRewritten' | 'auditAnchorGone';

/** Which sentence the log check says about the central server's anchor, and whether it is an alarm. */
export function anchorMessage(anchor: AuditAnchorState): { key: AnchorMessage; alarm: boolean } {
  if (anchor.status === 'never') return { key: 'auditAnchorNever', alarm: false };
  if (anchor.status === 'extends') return { key: 'auditAnchorExtends', alarm: false };
  if (anchor.detectedBy === 'this-pc') return { key: 'auditAnchorGone', alarm: true };
  return { key: anchor.reason === 'shorter' ? 'auditAnchorShorter' : 'auditAnchorRewritten', alarm: true };
}
