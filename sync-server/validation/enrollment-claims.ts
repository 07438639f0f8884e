import type { Transaction } from 'kysely';
import { makeIssue } from '../../core/rules/codes';
import { documentKeys } from '../../core/rules/duplicates';
import type { Issue } from '../../core/schemas/issue';
import type { StudentCard } from '../../core/schemas/student';
import { lockSchool, takeSequence } from '../storage/change-sequence';
import { inChunks, listChunkSize } from '../storage/chunks';
import { insertRows } from '../storage/row-inserts';
import type { CardClaimsTable, Tables } from '../storage/tables';
import { normalisedStudent } from './normalised-cards';

export interface StudentClaim {
  id: string;
  card: StudentCard;
  /** The academic year the student is actively enrolled in, or null. */
  enrolledYear: string | null;
  /** The registry answered and found nothing wrong with the card (no REGISTRY_* issue). */
  confirmed: boolean;
}

export interface ClaimsUpdate {
  /** DUPLICATE_ENROLLMENT issues of the updated cards. */
  duplicates: Map<string, Issue[]>;
  /** Documents whose claim by this school appeared, ended or moved: other schools' verdicts on them may change. */
  changedKeys: Set<string>;
}

function claimState(c: CardClaimsTable | undefined): string {
  return c ? `${c.enrolled_year ?? ''}|${c.claimed_seq}|${c.confirmed}` : '';
}

type Rival = Pick<CardClaimsTable, 'claimed_seq' | 'confirmed'>;

/**
 * Whether `rival` keeps the student from `claim`: a card the registry confirms outranks one it does not, whoever
 * came first (a made-up card cannot take a real student); between equals the earlier claim wins.
 */
export function outranks(rival: Rival, claim: Rival): boolean {
  if (rival.confirmed !== claim.confirmed) return rival.confirmed === 1;
  return rival.claimed_seq < claim.claimed_seq;
}

/**
 * DUPLICATE_ENROLLMENT for each given claim that another school's claim of the same document and year outranks.
 * Only a confirmed card learns the other school's code: an unconfirmed one (perhaps made up around a document
 * number) is told that the student is enrolled elsewhere, not where.
 */
async function duplicatesOf(trx: Transaction<Tables>, schoolId: string, claims: readonly CardClaimsTable[]): Promise<Map<string, Issue[]>> {
  const issues = new Map<string, Issue[]>();
  for (const part of inChunks(
    claims.filter((c) => c.enrolled_year !== null),
    listChunkSize,
  )) {
    const rivals = await trx
      .selectFrom('card_claims')
      .innerJoin('schools', 'schools.id', 'card_claims.school_id')
      .select(['card_claims.doc_key', 'card_claims.enrolled_year', 'card_claims.claimed_seq', 'card_claims.confirmed', 'schools.code'])
      .where('card_claims.school_id', '!=', schoolId)
      .where('card_claims.doc_key', 'in', [...new Set(part.map((c) => c.doc_key))])
      .where('card_claims.enrolled_year', 'is not', null)
      .execute();
    const rivalsByKey = new Map<string, typeof rivals>();
    for (const r of rivals) rivalsByKey.set(r.doc_key, [...(rivalsByKey.get(r.doc_key) ?? []), r]);
    for (const claim of part) {
      const winners = (rivalsByKey.get(claim.doc_key) ?? []).filter((r) => r.enrolled_year === claim.enrolled_year && outranks(r, claim));
      const found = issues.get(claim.card_id) ?? [];
      // An unconfirmed claim that yields to a card the registry confirms learns nothing of where the student is.
      if (claim.confirmed === 0 && winners.some((w) => w.confirmed === 1)) {
        if (!found.some((i) => i.params === undefined)) found.push(makeIssue('DUPLICATE_ENROLLMENT', claim.field));
      } else {
        for (const rival of winners) {
          if (found.some((i) => i.params?.schoolCode === rival.code)) continue;
          found.push(makeIssue('DUPLICATE_ENROLLMENT', claim.field, { schoolCode: rival.code }));
        }
      }
      if (found.length > 0) issues.set(claim.card_id, found);
    }
  }
  return issues;
}

/**
 * Records which documents each student card holds and whether it is actively enrolled, keeping the position at which
 * it became enrolled (the claim), and answers DUPLICATE_ENROLLMENT for every card another school claimed first.
 * Cards in `gone` (deleted) lose their claims. `claimOrder` takes a position of the server-wide claim order, and with
 * it that order's lock (takeClaimSequence): called only when a card becomes enrolled with a document, before its
 * rivals are read, so two schools claiming one child are decided one after the other. Any other change of a claim
 * (confirmed or not, withdrawn, deleted) keeps its place in that order and needs no lock of it: the caller holds its
 * school's lock, and a rival school whose claims change meanwhile refreshes this school's reports under that lock,
 * after this transaction (refreshRivalReports; two such schools refreshing each other at once deadlock, and
 * PostgreSQL runs one of them again after the other, see inTransaction).
 */
export async function updateClaims(trx: Transaction<Tables>, schoolId: string, students: readonly StudentClaim[], gone: readonly string[], claimOrder: () => Promise<number>): Promise<ClaimsUpdate> {
  const previous = new Map<string, CardClaimsTable>();
  for (const part of inChunks([...students.map((s) => s.id), ...gone], listChunkSize)) {
    const rows = await trx.selectFrom('card_claims').selectAll().where('school_id', '=', schoolId).where('card_id', 'in', part).execute();
    for (const row of rows) previous.set(`${row.card_id}|${row.doc_key}`, row);
  }
  const claims: CardClaimsTable[] = [];
  const fresh = new Set<CardClaimsTable>();
  for (const s of students) {
    for (const { key, field } of documentKeys(normalisedStudent(s.card))) {
      const before = previous.get(`${s.id}|${key}`);
      // A claim keeps its place while the card stays enrolled in the same year (or stays not enrolled, where it has none).
      const keepsClaim = before !== undefined && before.enrolled_year === s.enrolledYear;
      const claim = { school_id: schoolId, card_id: s.id, doc_key: key, field, enrolled_year: s.enrolledYear, claimed_seq: keepsClaim ? before.claimed_seq : 0, confirmed: s.confirmed ? 1 : 0 };
      claims.push(claim);
      if (!keepsClaim) fresh.add(claim);
    }
  }
  const now = new Map(claims.map((c) => [`${c.card_id}|${c.doc_key}`, c]));
  // Only the cards whose claims differ are rewritten: a re-check of a whole school mostly finds them as they were.
  const rewritten = new Set(gone);
  for (const [k, c] of now) if (fresh.has(c) || storedForm(previous.get(k)) !== storedForm(c)) rewritten.add(c.card_id);
  for (const [k, c] of previous) if (!now.has(k)) rewritten.add(c.card_id);
  // Rivals of the claims that stay are read before the claim order is taken, so its lock is held for the changes alone.
  const duplicates = await duplicatesOf(
    trx,
    schoolId,
    claims.filter((c) => !rewritten.has(c.card_id)),
  );
  if (rewritten.size > 0) {
    const ordered = [...fresh].filter((c) => c.enrolled_year !== null);
    const seq = ordered.length > 0 ? await claimOrder() : 0;
    for (const claim of ordered) claim.claimed_seq = seq;
    const changed = claims.filter((c) => rewritten.has(c.card_id));
    for (const part of inChunks([...rewritten], listChunkSize)) await trx.deleteFrom('card_claims').where('school_id', '=', schoolId).where('card_id', 'in', part).execute();
    await insertRows(trx, 'card_claims', changed);
    for (const [cardId, issues] of await duplicatesOf(trx, schoolId, changed)) duplicates.set(cardId, issues);
  }

  const changedKeys = new Set<string>();
  for (const [k, c] of now) if (c.enrolled_year !== null && claimState(previous.get(k)) !== claimState(c)) changedKeys.add(c.doc_key);
  for (const [k, c] of previous) if (c.enrolled_year !== null && claimState(now.get(k)) !== claimState(c)) changedKeys.add(c.doc_key);
  return { duplicates, changedKeys };
}

/** Every column of a stored claim but its keys: equal forms need no write. */
function storedForm(c: CardClaimsTable | undefined): string {
  return c ? `${c.field}|${claimState(c)}` : '';
}

function statusOfIssues(issues: readonly Issue[], pending: boolean): string {
  if (pending) return 'pending';
  if (issues.some((i) => i.severity === 'error')) return 'error';
  return issues.length > 0 ? 'warning' : 'verified';
}

/**
 * Other schools' cards holding documents whose claim changed (this school enrolled, withdrew or deleted a student):
 * their DUPLICATE_ENROLLMENT issues are worked out again and their stored reports updated, without asking the
 * registry again (the rest of each report stands).
 */
export async function refreshRivalReports(trx: Transaction<Tables>, schoolId: string, changedKeys: ReadonlySet<string>, now: Date): Promise<void> {
  if (changedKeys.size === 0) return;
  const rivals: CardClaimsTable[] = [];
  for (const part of inChunks([...changedKeys])) {
    rivals.push(...(await trx.selectFrom('card_claims').selectAll().where('doc_key', 'in', part).where('school_id', '!=', schoolId).execute()));
  }
  const bySchool = new Map<string, Set<string>>();
  for (const r of rivals) bySchool.set(r.school_id, (bySchool.get(r.school_id) ?? new Set()).add(r.card_id));
  for (const [otherSchool, cardIds] of bySchool) {
    // Locked before its reports are read: a push or re-check of that school running now commits first, and its
    // reports are refreshed as it left them, not overwritten with what it replaced.
    await lockSchool(trx, otherSchool);
    const claims: CardClaimsTable[] = [];
    const reports = [];
    for (const part of inChunks([...cardIds])) {
      claims.push(...(await trx.selectFrom('card_claims').selectAll().where('school_id', '=', otherSchool).where('card_id', 'in', part).execute()));
      reports.push(...(await trx.selectFrom('card_reports').selectAll().where('school_id', '=', otherSchool).where('card_id', 'in', part).execute()));
    }
    const duplicates = await duplicatesOf(trx, otherSchool, claims);
    const changed = reports.flatMap((report) => {
      const kept = (JSON.parse(report.issues) as Issue[]).filter((i) => i.code !== 'DUPLICATE_ENROLLMENT');
      const issues = [...kept, ...(duplicates.get(report.card_id) ?? [])];
      const text = JSON.stringify(issues);
      return text === report.issues ? [] : [{ report, text, status: statusOfIssues(issues, report.status === 'pending') }];
    });
    if (changed.length === 0) continue;
    const seq = await takeSequence(trx, otherSchool, changed.length);
    for (const [i, { report, text, status }] of changed.entries()) {
      await trx
        .updateTable('card_reports')
        .set({ issues: text, status, checked_at: now.toISOString(), change_seq: seq + i, device_id: null })
        .where('school_id', '=', otherSchool)
        .where('card_id', '=', report.card_id)
        .execute();
    }
  }
}
