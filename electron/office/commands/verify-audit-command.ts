import { auditRowAt } from '../../backend/audit/audit-log';
import { flag, type OfficeCommand } from '../office-command';
import { withOffice } from '../office-session';

/** `audit.verify` as the app's check runs it; a broken chain names its first broken row and exits 1. */
export const verifyAuditCommand: OfficeCommand = {
  synopsis: 'verify-audit --data-dir DIR',
  summary: "recomputes the audit log's hash chain; exit 1 and the first broken row if it is broken",
  flags: ['data-dir'],
  required: ['data-dir'],
  run: (flags) =>
    withOffice(flag(flags, 'data-dir'), async (office) => {
      const result = await office.call('audit.verify', {});
      if (result.ok) {
        console.log(`Audit log OK: ${result.checked} entries, the hash chain is intact.`);
        return 0;
      }
      const seq = result.brokenAt ?? result.checked + 1;
      const row = auditRowAt(office.backend.db, seq);
      const where = row ? `entry ${row.seq}, at ${row.at}, ${row.entity} ${row.entityId}` : `entry ${seq}`;
      console.log(`Audit log BROKEN at ${where}; the ${result.checked} entries before it are intact.`);
      console.error(`Error: the audit log's hash chain is broken at ${where}`);
      return 1;
    }),
};
