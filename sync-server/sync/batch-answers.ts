import type { Kysely } from 'kysely';
import { maxIssuesPerAnswer, type PushAnswer, type PushResult } from '../../core/sync/push';
import { ApiError } from '../api-error';
import { inChunks } from '../storage/chunks';
import type { Tables } from '../storage/tables';
import { serverRecord } from './record-rows';

/**
 * The results with at most `maxIssuesPerAnswer` issues listed across them, in body order: a result past the budget
 * lists fewer (or none) and counts the rest in `omittedIssues`. Answers the results and the count left out.
 */
export function boundedResults(results: readonly PushResult[]): { results: PushResult[]; omittedIssues: number } {
  let budget = maxIssuesPerAnswer;
  let omittedIssues = 0;
  const bounded = results.map((result) => {
    if (result.issues === undefined) {
      omittedIssues += result.omittedIssues ?? 0;
      return result;
    }
    const issues = result.issues;
    const omitted = result.omittedIssues ?? 0;
    const listed = issues.slice(0, budget);
    budget -= listed.length;
    const left = omitted + issues.length - listed.length;
    omittedIssues += left;
    if (left === omitted) return result;
    return { ...result, issues: listed, omittedIssues: left };
  });
  return { results: bounded, omittedIssues };
}

/**
 * The answer as `batches.answer` keeps it: a conflict's server record without its data, which a replay reads again
 * from the records table. The row then grows with the body (bounded results and issues), never with the size of
 * the school's records a small body names.
 */
export function storedAnswerText(answer: PushAnswer): string {
  const results = answer.results.map((r) => (r.server ? { ...r, server: { ...r.server, data: undefined } } : r));
  return JSON.stringify({ ...answer, results });
}

/** A stored answer with each conflict's server record filled in again from the school's records as they are now. */
async function replayed(db: Kysely<Tables>, schoolId: string, text: string): Promise<PushAnswer> {
  const answer = JSON.parse(text) as PushAnswer;
  const ids = answer.results.flatMap((r) => (r.server ? [r.id] : []));
  const rows = new Map<string, Parameters<typeof serverRecord>[0]>();
  for (const part of inChunks(ids)) {
    for (const row of await db.selectFrom('records').select(['id', 'type', 'rev', 'deleted', 'data']).where('school_id', '=', schoolId).where('id', 'in', part).execute()) rows.set(row.id, row);
  }
  const results = answer.results.map((r) => {
    const row = r.server ? rows.get(r.id) : undefined;
    return row ? { ...r, server: serverRecord(row) } : r;
  });
  return { ...answer, results };
}

/**
 * The first answer to this batch, or null for a new batch; 409 when the batchId came with other content, which
 * `sameBody` tells from the stored body hash.
 */
export async function storedAnswer(db: Kysely<Tables>, schoolId: string, batchId: string, sameBody: (storedHash: string) => boolean): Promise<PushAnswer | null> {
  const previous = await db.selectFrom('batches').select(['body_hash', 'answer']).where('school_id', '=', schoolId).where('batch_id', '=', batchId).executeTakeFirst();
  if (!previous) return null;
  if (!sameBody(previous.body_hash)) throw new ApiError('BATCH_ID_REUSED', 'this batchId was already used for a batch with other content', { batchId });
  return replayed(db, schoolId, previous.answer);
}
