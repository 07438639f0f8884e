import type { Transaction } from 'kysely';
import type { StaffCard } from '../../core/schemas/staff';
import type { StudentCard } from '../../core/schemas/student';
import { prefetchRegistry } from '../registry/prefetched-registry';
import { recheckAllDue, recheckDone } from '../registry/registry-changes';
import type { RegistryAdapter } from '../registry/registry-adapter';
import { lockSchool } from '../storage/change-sequence';
import { inChunks, listChunkSize } from '../storage/chunks';
import type { ServerDb } from '../storage/database';
import type { SchoolsTable, Tables } from '../storage/tables';
import { inTransaction } from '../storage/transactions';
import { cardsToRecheck } from './card-registry-keys';
import { recheckCards, type LoadedCards } from './card-revalidation';

/**
 * Cards read and checked per transaction: one page of the school's cards, one registry lookup and one `IN` list per
 * query for all of them, and a transaction short enough that the school's pushes wait little for it.
 */
const cardsPerChunk = listChunkSize;

/**
 * Schools checked at once: one school's database round trips overlap another's checks (on PostgreSQL each has a
 * connection of its own, within the pool's 10; SQLite's one connection takes them in turn). A re-check of the changed
 * documents touches a few cards in each of many schools, so it is bound by round trips: 8 at once took 0.8 s where 4
 * took 1.4 s (100 schools, 366 cards, PostgreSQL, load average 7).
 */
const schoolsAtOnce = 8;

type StoredCard = LoadedCards['live'][number];

/** What a re-import found: cards checked, and reports that changed (those reach the schools' devices). */
export interface RecheckCount {
  checked: number;
  changed: number;
}

/**
 * A card as the server stored it. Not parsed with the card's schema again: the server stores a card's data only as
 * `JSON.stringify` of what that schema produced at push time (decideChange), so parsing it again would only cost
 * (zod is most of the time of a check of a million cards). A schema change that alters stored cards comes with a
 * migration of the `records` table.
 */
function storedCard(row: { id: string; type: string; rev: number; data: string | null }): StoredCard {
  const data: unknown = JSON.parse(row.data ?? 'null');
  return row.type === 'student' ? { card: { id: row.id, type: 'student', data: data as StudentCard }, rev: row.rev } : { card: { id: row.id, type: 'staff', data: data as StaffCard }, rev: row.rev };
}

/** The school's next page of live cards after `afterId`, by id. */
async function cardPage(db: ServerDb, schoolId: string, afterId: string): Promise<StoredCard[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'type', 'rev', 'data'])
    .where('school_id', '=', schoolId)
    .where('type', 'in', ['student', 'staff'])
    .where('deleted', '=', 0)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(cardsPerChunk)
    .execute();
  return rows.map(storedCard);
}

/** The ids a page covers: after `after`, up to `through` (null: to the end), so cards pushed into it meanwhile are seen. */
interface PageRange {
  after: string;
  through: string | null;
}

/** Revisions of the school's live cards now: those of `cards`, and with a range any other card inside it. */
async function currentRevisions(trx: Transaction<Tables>, schoolId: string, cards: readonly StoredCard[], range: PageRange | null): Promise<Map<string, number>> {
  const current = new Map<string, number>();
  const live = trx.selectFrom('records').select(['id', 'rev']).where('school_id', '=', schoolId).where('type', 'in', ['student', 'staff']).where('deleted', '=', 0);
  if (range) {
    const rows = await (range.through === null ? live : live.where('id', '<=', range.through)).where('id', '>', range.after).execute();
    for (const row of rows) current.set(row.id, row.rev);
    return current;
  }
  for (const part of inChunks(
    cards.map((c) => c.card.id),
    listChunkSize,
  )) {
    for (const row of await live.where('id', 'in', part).execute()) current.set(row.id, row.rev);
  }
  return current;
}

/**
 * Checks one page of a school's cards: the registry asked before the transaction (or `asked`, its answers for these
 * cards and others); inside it, under the school's lock, only cards still at the revision that was read are judged.
 * Every push that asked the old mirror has committed by then (it compares the registry's generation under this lock,
 * see pushBatch), so what it changed or added is seen here. Answers the ids of cards pushed since the page was read
 * (to be read and checked again) and the count of changed reports.
 */
async function checkPage(
  db: ServerDb,
  registry: RegistryAdapter,
  school: SchoolsTable,
  cards: readonly StoredCard[],
  range: PageRange | null,
  now: Date,
  asked: RegistryAdapter | null = null,
): Promise<{ moved: string[]; checked: number; changed: number }> {
  const answers =
    asked ??
    (await prefetchRegistry(
      registry,
      cards.map((c) => c.card),
    ));
  return inTransaction(db, async (trx) => {
    await lockSchool(trx, school.id);
    const current = await currentRevisions(trx, school.id, cards, range);
    const read = new Map(cards.map((c) => [c.card.id, c.rev]));
    // A card deleted meanwhile lost its report in that push; one changed or added meanwhile is read again.
    const unchanged = cards.filter((c) => current.get(c.card.id) === c.rev);
    const moved = [...current].filter(([id, rev]) => read.get(id) !== rev).map(([id]) => id);
    return { moved, checked: unchanged.length, changed: await recheckCards(trx, answers, school, unchanged, now) };
  });
}

/** The school's live cards among `ids`, as stored now (read as cardPage reads them). */
async function cardsById(db: ServerDb, schoolId: string, ids: readonly string[]): Promise<StoredCard[]> {
  const cards: StoredCard[] = [];
  for (const part of inChunks(ids, listChunkSize)) {
    const rows = await db.selectFrom('records').select(['id', 'type', 'rev', 'data']).where('school_id', '=', schoolId).where('type', 'in', ['student', 'staff']).where('deleted', '=', 0).where('id', 'in', part).execute();
    cards.push(...rows.map(storedCard));
  }
  return cards;
}

/** Checks a school's cards and then, until none is left, those that pushes changed meanwhile. */
async function checkSettled(db: ServerDb, registry: RegistryAdapter, school: SchoolsTable, cards: readonly StoredCard[], range: PageRange | null, now: Date, count: RecheckCount, asked: RegistryAdapter | null = null): Promise<void> {
  for (let next = cards, page = range, answers = asked; next.length > 0; ) {
    const { moved, checked, changed } = await checkPage(db, registry, school, next, page, now, answers);
    count.checked += checked;
    count.changed += changed;
    next = moved.length > 0 ? await cardsById(db, school.id, moved) : [];
    page = null;
    answers = null;
  }
}

/** Checks one school's live cards again, keyset page by page; cards that pushes change meanwhile are read and checked again. */
async function revalidateSchool(db: ServerDb, registry: RegistryAdapter, school: SchoolsTable, now: Date): Promise<RecheckCount> {
  const count: RecheckCount = { checked: 0, changed: 0 };
  for (let after = '', page = await cardPage(db, school.id, after); page.length > 0; ) {
    const last = page[page.length - 1]?.card.id ?? after;
    const full = page.length === cardsPerChunk;
    await checkSettled(db, registry, school, page, { after, through: full ? last : null }, now, count);
    after = last;
    page = full ? await cardPage(db, school.id, after) : [];
  }
  return count;
}

/** Runs `work` on every item, `schoolsAtOnce` at a time. */
async function eachAtOnce<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: schoolsAtOnce }, worker));
}

/**
 * Checks the listed cards of many schools: read by id and asked about in pages of 5,000 across schools (a school
 * holds a few of them: one read and one registry lookup per page instead of per school), then judged and written
 * per school under its lock as a whole school's page is.
 */
async function revalidateListed(db: ServerDb, registry: RegistryAdapter, now: Date, bySchool: ReadonlyMap<string, readonly string[]>): Promise<RecheckCount> {
  const schools = new Map((await db.selectFrom('schools').selectAll().execute()).map((s) => [s.id, s]));
  const count: RecheckCount = { checked: 0, changed: 0 };
  const listed = [...bySchool].flatMap(([schoolId, ids]) => ids.map((id) => ({ schoolId, id })));
  for (const part of inChunks(listed, cardsPerChunk)) {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'school_id', 'type', 'rev', 'data'])
      .where('type', 'in', ['student', 'staff'])
      .where('deleted', '=', 0)
      .where(
        'id',
        'in',
        part.map((c) => c.id),
      )
      .execute();
    const cards = new Map<string, StoredCard[]>();
    for (const row of rows) {
      const card = storedCard(row);
      const ofSchool = cards.get(row.school_id);
      if (ofSchool) ofSchool.push(card);
      else cards.set(row.school_id, [card]);
    }
    const answers = await prefetchRegistry(
      registry,
      [...cards.values()].flat().map((c) => c.card),
    );
    await eachAtOnce([...cards], async ([schoolId, ofSchool]) => {
      const school = schools.get(schoolId);
      if (school) await checkSettled(db, registry, school, ofSchool, null, now, count, answers);
    });
  }
  return count;
}

/**
 * Checks every live card of every school again: the reports whose content changed reach each school's devices on
 * their next pull.
 */
export async function revalidateAllSchools(db: ServerDb, registry: RegistryAdapter, now: Date): Promise<RecheckCount> {
  const schools = await db.selectFrom('schools').selectAll().execute();
  const total: RecheckCount = { checked: 0, changed: 0 };
  await eachAtOnce(schools, async (school) => {
    const { checked, changed } = await revalidateSchool(db, registry, school, now);
    total.checked += checked;
    total.changed += changed;
  });
  return total;
}

/**
 * The re-check after a registry import: every card after a first or `--full` import, else only the cards holding a
 * document whose registry rows the import changed, and every `pending` card. A card's verdict reads the registry
 * through those rows alone, and the claims and reports of other schools follow from the cards checked
 * (refreshRivalReports), so the reports come out as a check of every card would leave them. Until it is done, the
 * changes stay recorded: an interrupted re-check is completed by the next import.
 */
export async function revalidateAfterImport(db: ServerDb, registry: RegistryAdapter, now: Date): Promise<RecheckCount & { all: boolean }> {
  const all = await recheckAllDue(db);
  const count = all ? await revalidateAllSchools(db, registry, now) : await revalidateListed(db, registry, now, await cardsToRecheck(db));
  await recheckDone(db, all);
  return { ...count, all };
}
