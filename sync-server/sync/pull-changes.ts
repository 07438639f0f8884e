import type { PullAnswer } from '../../core/sync/pull';
import { currentSequence } from '../storage/change-sequence';
import type { ServerDb } from '../storage/database';
import { reportOfRow } from '../validation/card-revalidation';
import { serverRecord } from './record-rows';

export interface PullRequest {
  db: ServerDb;
  schoolId: string;
  deviceId: string;
  since: number;
  limit: number;
}

/**
 * What the school's other devices changed after the cursor, and the school's report updates (but those the asking
 * device already had in the answer to its own push), in change order, at
 * most `limit` items of both together. The cursor is a position in the school's own change sequence: that of the
 * last item handed out, or once nothing is left the sequence's current end.
 */
export async function pullChanges(req: PullRequest): Promise<PullAnswer> {
  const end = await currentSequence(req.db, req.schoolId);
  const records = await req.db
    .selectFrom('records')
    .select(['type', 'id', 'rev', 'deleted', 'data', 'change_seq'])
    .where('school_id', '=', req.schoolId)
    .where('change_seq', '>', req.since)
    .where('change_seq', '<=', end)
    .where('device_id', '!=', req.deviceId)
    .orderBy('change_seq')
    .limit(req.limit + 1)
    .execute();
  const reports = await req.db
    .selectFrom('card_reports')
    .select(['card_id', 'type', 'rev', 'status', 'checked_at', 'issues', 'change_seq'])
    .where('school_id', '=', req.schoolId)
    .where((eb) => eb.or([eb('device_id', 'is', null), eb('device_id', '!=', req.deviceId)]))
    .where('change_seq', '>', req.since)
    .where('change_seq', '<=', end)
    .orderBy('change_seq')
    .limit(req.limit + 1)
    .execute();
  const items = [...records.map((r) => ({ seq: r.change_seq, record: r })), ...reports.map((r) => ({ seq: r.change_seq, report: r }))].sort((a, b) => a.seq - b.seq);
  const page = items.slice(0, req.limit);
  const more = items.length > req.limit;
  const last = page.at(-1);
  return {
    changes: page.flatMap((i) => ('record' in i ? [serverRecord(i.record)] : [])),
    reports: page.flatMap((i) => ('report' in i ? [reportOfRow(i.report)] : [])),
    cursor: String(more && last ? last.seq : end),
    more,
  };
}
