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
 * Checks one page of a school's cards: the registry asked before the transaction; inside it, under the school's
 * lock, only cards still at the revision that was read are judged. Every push that asked the old mirror has
 * committed by then (it compares the registry's generation under this lock, see pushBatch), so what it changed or
 * added is seen here. Answers the ids of cards pushed since the page was read (to be read and checked again) and the
 * count of changed reports.
 */
async function checkPage(db: ServerDb, registry: RegistryAdapter, school: SchoolsTable, cards: readonly StoredCard[], range: PageRange | null, now: Date): Promise<{ moved: string[]; checked: number; changed: number }> {
  const answers = await prefetchRegistry(
    registry,
    cards.map((c) => c.card),
  );
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

/**
 * Checks one school's live cards again, page by page: all of them, or those among `only`. Cards that pushes change
 * meanwhile are read and checked again; with `only`, a card a push adds meanwhile was checked against the new mirror
 * by that push.
 */
async function revalidateSchool(db: ServerDb, registry: RegistryAdapter, school: SchoolsTable, now: Date, only: readonly string[] | null): Promise<RecheckCount> {
  const count: RecheckCount = { checked: 0, changed: 0 };
  const check = async (cards: readonly StoredCard[], range: PageRange | null) => {
    const { moved, checked, changed } = await checkPage(db, registry, school, cards, range, now);
    count.checked += checked;
    count.changed += changed;
    return moved;
  };
  const checkUntilSettled = async (cards: readonly StoredCard[], range: PageRange | null) => {
    for (let moved = await check(cards, range); moved.length > 0; ) moved = await check(await cardsById(db, school.id, moved), null);
  };
  if (only) {
    for (const part of inChunks([...only].sort(), cardsPerChunk)) await checkUntilSettled(await cardsById(db, school.id, part), null);
    return count;
  }
  for (let after = '', page = await cardPage(db, school.id, after); page.length > 0; ) {
    const last = page[page.length - 1]?.card.id ?? after;
    const full = page.length === cardsPerChunk;
    await checkUntilSettled(page, { after, through: full ? last : null });
    after = last;
    page = full ? await cardPage(db, school.id, after) : [];
  }
  return count;
}

/** Checks the schools `schoolsAtOnce` at a time, each with its own cards (null: all of them). */
async function revalidateSchools(db: ServerDb, registry: RegistryAdapter, now: Date, cardsOf: (school: SchoolsTable) => readonly string[] | null | undefined): Promise<RecheckCount> {
  const schools = await db.selectFrom('schools').selectAll().execute();
  const work = schools.flatMap((school) => {
    const only = cardsOf(school);
    return only === undefined ? [] : [{ school, only }];
  });
  let next = 0;
  const total: RecheckCount = { checked: 0, changed: 0 };
  const worker = async () => {
    for (let item = work[next++]; item !== undefined; item = work[next++]) {
      const { checked, changed } = await revalidateSchool(db, registry, item.school, now, item.only);
      total.checked += checked;
      total.changed += changed;
    }
  };
  await Promise.all(Array.from({ length: schoolsAtOnce }, worker));
  return total;
}

/**
 * Checks every live card of every school again: the reports whose content changed reach each school's devices on
 * their next pull.
 */
export async function revalidateAllSchools(db: ServerDb, registry: RegistryAdapter, now: Date): Promise<RecheckCount> {
  return revalidateSchools(db, registry, now, () => null);
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
  const bySchool = all ? null : await cardsToRecheck(db);
  const count = await revalidateSchools(db, registry, now, (school) => (bySchool ? bySchool.get(school.id) : null));
  await recheckDone(db, all);
  return { ...count, all };
}
