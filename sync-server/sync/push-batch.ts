import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { StaffCard } from '../../core/schemas/staff';
import type { StudentCard } from '../../core/schemas/student';
import { enrollmentDataSchema, type OrderData } from '../../core/sync/wire-data';
import { massDeleteShare, type PushAnswer, type PushEnvelope, type PushResult } from '../../core/sync/push';
import { ApiError } from '../api-error';
import { prefetchRegistry } from '../registry/prefetched-registry';
import type { RegistryAdapter } from '../registry/registry-adapter';
import { registryGeneration } from '../registry/registry-generation';
import { currentSequence, lockSchool, takeSequence } from '../storage/change-sequence';
import type { ServerDb } from '../storage/database';
import type { SchoolsTable, Tables } from '../storage/tables';
import { inTransaction } from '../storage/transactions';
import { loadCards, revalidateCards } from '../validation/card-revalidation';
import type { TypedCard } from '../validation/card-verdict';
import { checkChange, type CheckedChange } from './change-check';
import { OrderRegister } from './order-numbers';
import { JournalPushChecks } from '../journals/journal-push-checks';
import { boundedResults, storedAnswer, storedAnswerText } from './batch-answers';
import { decideChange, resultOf } from './decide-change';
import type { StoredRecord } from './record-rows';
import { storedRecords, writeRecordRows, type RecordWrite } from './record-writes';

export interface PushContext {
  db: ServerDb;
  registry: RegistryAdapter;
  school: SchoolsTable;
  deviceId: string;
  now: Date;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Whether a stored body hash is this body's. The hash is of the body's text as sent: a client resends a batch's
 * stored text (the office does), and hashing it costs a fraction of serialising the parsed body again. A batch
 * answered before this server version was hashed as the parsed body serialised again: that hash is worked out only
 * when the first does not match.
 */
function bodyMatcher(body: PushEnvelope, hash: string): (storedHash: string) => boolean {
  return (storedHash) => storedHash === hash || storedHash === sha256(JSON.stringify(body));
}

/** Refuses the whole batch when it would delete more than the allowed share of the school's live student and staff cards. */
async function guardMassDeletion(trx: Transaction<Tables>, ctx: PushContext, changes: readonly AcceptedChange[], stored: ReadonlyMap<string, StoredRecord>): Promise<void> {
  const deleting = new Set(
    changes
      .filter((c) => c.deleted && (c.type === 'student' || c.type === 'staff'))
      .filter((c) => {
        const row = stored.get(c.id);
        return row !== undefined && row.school_id === ctx.school.id && row.type === c.type && row.deleted === 0;
      })
      .map((c) => c.id),
  ).size;
  if (deleting === 0) return;
  const { n } = await trx
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('school_id', '=', ctx.school.id)
    .where('type', 'in', ['student', 'staff'])
    .where('deleted', '=', 0)
    .executeTakeFirstOrThrow();
  const active = Number(n);
  if (deleting > active * massDeleteShare) {
    throw new ApiError('MASS_DELETE', `the batch deletes ${deleting} of the school's ${active} active cards; at most ${Math.round(massDeleteShare * 100)}% may be deleted at once`, {
      deleting,
      active,
    });
  }
}

/** Students whose report depends on the given enrollments and classes (an enrollment opened, closed or moved). */
async function studentsOfStructure(db: Kysely<Tables>, schoolId: string, enrollments: readonly unknown[], classIds: ReadonlySet<string>): Promise<string[]> {
  const students = new Set<string>();
  for (const data of enrollments) {
    const e = enrollmentDataSchema.safeParse(data);
    if (e.success) students.add(e.data.studentId);
  }
  if (classIds.size > 0) {
    const rows = await db.selectFrom('records').select('data').where('school_id', '=', schoolId).where('type', '=', 'enrollment').execute();
    for (const row of rows) {
      const e = row.data === null ? null : enrollmentDataSchema.safeParse(JSON.parse(row.data));
      if (e?.success && classIds.has(e.data.classId)) students.add(e.data.studentId);
    }
  }
  return [...students];
}

async function pendingCards(db: Kysely<Tables>, schoolId: string): Promise<string[]> {
  const rows = await db.selectFrom('card_reports').select('card_id').where('school_id', '=', schoolId).where('status', '=', 'pending').execute();
  return rows.map((r) => r.card_id);
}

/** The body's changes, each checked for form once (CheckedChange), the well-formed ones among them, and its well-formed cards typed. */
interface CheckedBody {
  checks: CheckedChange[];
  accepted: AcceptedChange[];
  cards: Map<string, TypedCard>;
}

type AcceptedChange = Extract<CheckedChange, { ok: true }>;

function accepted(checks: readonly CheckedChange[]): AcceptedChange[] {
  return checks.filter((c): c is AcceptedChange => c.ok);
}

function checkBody(body: PushEnvelope): CheckedBody {
  const checks = body.changes.map(checkChange);
  const wellFormed = accepted(checks);
  const cards = new Map<string, TypedCard>();
  for (const change of wellFormed) {
    if (change.deleted) continue;
    if (change.type === 'student') cards.set(change.id, { id: change.id, type: 'student', data: change.data as StudentCard });
    if (change.type === 'staff') cards.set(change.id, { id: change.id, type: 'staff', data: change.data as StaffCard });
  }
  return { checks, accepted: wellFormed, cards };
}

/**
 * Asks the registry, before the transaction, about every card the push will check: its own cards, the students
 * its enrollments and classes touch, and the school's cards still pending.
 */
async function registryForPush(ctx: PushContext, checked: CheckedBody): Promise<RegistryAdapter> {
  const own = [...checked.cards.values()];
  const structure = checked.accepted.filter((c) => c.type === 'enrollment' || c.type === 'class');
  const stored = await storedRecords(
    ctx.db,
    structure.map((c) => c.id),
  );
  const enrollments = [
    ...structure.filter((c) => c.type === 'enrollment' && !c.deleted).map((c) => c.data),
    ...[...stored.values()].filter((r) => r.type === 'enrollment' && r.data !== null).map((r) => JSON.parse(r.data ?? 'null') as unknown),
  ];
  // Only a class the server already had can have enrollments outside this batch.
  const classes = new Set(structure.filter((c) => c.type === 'class' && stored.has(c.id)).map((c) => c.id));
  const others = [...(await studentsOfStructure(ctx.db, ctx.school.id, enrollments, classes)), ...(await pendingCards(ctx.db, ctx.school.id))];
  const ownIds = new Set(own.map((c) => c.id));
  const loaded = await loadCards(
    ctx.db,
    ctx.school.id,
    others.filter((id) => !ownIds.has(id)),
  );
  return prefetchRegistry(ctx.registry, [...own, ...loaded.live.map((l) => l.card)]);
}

/** What the applied changes of a batch leave to write and to check again. */
class BatchWrites {
  readonly rows: StoredRecord[] = [];
  readonly inserted = new Set<string>();
  /** Cards just stored, with their data already parsed: revalidation need not read them again. */
  readonly known = new Map<string, { card: TypedCard; rev: number }>();
  /** Enrollments as they are now and as they were: the students of both are checked again. */
  readonly touchedEnrollments: unknown[] = [];
  readonly touchedClasses = new Set<string>();

  add(change: AcceptedChange, current: StoredRecord | undefined, record: StoredRecord, card: TypedCard | undefined): void {
    if (!current) this.inserted.add(record.id);
    if (change.type === 'enrollment') this.touchedEnrollments.push(change.deleted ? null : change.data, current?.data ? (JSON.parse(current.data) as unknown) : null);
    if (change.type === 'class' && current) this.touchedClasses.add(record.id);
    if (card && !change.deleted) this.known.set(record.id, { card, rev: record.rev });
    else this.known.delete(record.id);
    this.rows.push(record);
  }
}

/** Stores the applied records at new positions of the change sequence; answers the cards among them. */
async function writeRecords(trx: Transaction<Tables>, ctx: PushContext, writes: BatchWrites): Promise<string[]> {
  if (writes.rows.length === 0) return [];
  const seq = await takeSequence(trx, ctx.school.id, writes.rows.length);
  // The last write of a record wins when a batch holds it twice.
  const latest = new Map<string, RecordWrite>();
  writes.rows.forEach((row, i) => latest.set(row.id, { ...row, change_seq: seq + i }));
  const fresh: RecordWrite[] = [];
  const updated: RecordWrite[] = [];
  const cards: string[] = [];
  for (const row of latest.values()) {
    (writes.inserted.has(row.id) ? fresh : updated).push(row);
    if (row.type === 'student' || row.type === 'staff') cards.push(row.id);
  }
  await writeRecordRows(trx, ctx.db, { schoolId: ctx.school.id, updatedAt: ctx.now.toISOString(), deviceId: ctx.deviceId }, fresh, updated);
  return cards;
}

/**
 * One push (DESIGN §5), in one transaction: the current records loaded, each change decided (decideChange), the
 * applied ones written, the school's affected cards checked again and reported, and the answer stored so a replay
 * of the batchId gets it again. Answers the push's answer as JSON text, serialised once.
 */
export async function pushBatch(ctx: PushContext, body: PushEnvelope, bodyText: string): Promise<string> {
  const hash = sha256(bodyText);
  const sameBody = bodyMatcher(body, hash);
  // A replay is answered before the registry is asked anything; the transaction checks again (two replays racing).
  const replay = await storedAnswer(ctx.db, ctx.school.id, body.batchId, sameBody);
  if (replay) return JSON.stringify(replay);
  const checked = checkBody(body);
  for (;;) {
    const answer = await pushOnce(ctx, body, checked, hash, sameBody);
    if (answer) return answer;
  }
}

/**
 * The push's transaction, with the registry asked before it; null when a registry import swapped a new mirror in
 * meanwhile. Then the push asks again: a re-import's check of this school may be over already (it waits for this
 * school's lock, which the push holds from before it compares the generations), so its cards must not be judged by
 * the old mirror.
 */
async function pushOnce(ctx: PushContext, body: PushEnvelope, checked: CheckedBody, hash: string, sameBody: (storedHash: string) => boolean): Promise<string | null> {
  const generation = await registryGeneration(ctx.db);
  const registry = await registryForPush(ctx, checked);
  return inTransaction(ctx.db, async (trx) => {
    await lockSchool(trx, ctx.school.id);
    const previous = await storedAnswer(trx, ctx.school.id, body.batchId, sameBody);
    if (previous) return JSON.stringify(previous);
    if ((await registryGeneration(trx)) !== generation) return null;

    const stored = await storedRecords(
      trx,
      checked.accepted.map((c) => c.id),
    );
    await guardMassDeletion(trx, ctx, checked.accepted, stored);

    const orders = checked.accepted.some((c) => c.type === 'order') ? await OrderRegister.load(trx, ctx.school.id) : null;
    const journals = await JournalPushChecks.load(trx, ctx.school, checked.checks, stored, ctx.now);
    const writes = new BatchWrites();
    const decided: PushResult[] = [];
    const context = { schoolId: ctx.school.id, orders };
    for (const change of checked.checks) {
      const current = stored.get(change.id);
      const decision = journals.check(change, decideChange(change, current, context));
      decided.push(resultOf(change, decision));
      if (decision.outcome !== 'applied' || !change.ok) continue;
      if (orders && change.type === 'order') {
        const order = change.deleted ? null : (change.data as OrderData);
        if (order) orders.hold(change.id, order.academicYear, order.number);
        else orders.release(change.id);
      }
      stored.set(change.id, decision.record);
      writes.add(change, current, decision.record, checked.cards.get(change.id));
    }

    const affectedCards = new Set<string>(await pendingCards(trx, ctx.school.id));
    for (const card of await writeRecords(trx, ctx, writes)) affectedCards.add(card);
    for (const student of await studentsOfStructure(trx, ctx.school.id, writes.touchedEnrollments, writes.touchedClasses)) affectedCards.add(student);

    const reports = await revalidateCards(trx, registry, ctx.school, [...affectedCards], ctx.now, ctx.deviceId, writes.known);
    const { results, omittedIssues } = boundedResults(decided);
    const cursor = String(await currentSequence(trx, ctx.school.id));
    const answer: PushAnswer = omittedIssues > 0 ? { batchId: body.batchId, results, reports, cursor, omittedIssues } : { batchId: body.batchId, results, reports, cursor };
    const answerText = storedAnswerText(answer);
    await trx.insertInto('batches').values({ school_id: ctx.school.id, batch_id: body.batchId, body_hash: hash, answer: answerText, created_at: ctx.now.toISOString() }).execute();
    // The stored text is the answer itself unless a conflict's server record was left out of it.
    return results.some((r) => r.server !== undefined) ? JSON.stringify(answer) : answerText;
  });
}
