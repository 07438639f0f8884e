import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { studentCardSchema } from '../../../core/schemas/student';
import { mirrorAdapter } from '../../../sync-server/registry/mirror-adapter';
import type { RegistryAdapter } from '../../../sync-server/registry/registry-adapter';
import { importRegistry, type ImportOptions } from '../../../sync-server/registry/registry-import';
import { openDatabase } from '../../../sync-server/storage/database';
import { revalidateAfterImport } from '../../../sync-server/validation/registry-revalidation';
import { enrolledStudent, newChange, push, staffCard, studentCard, teacher, teacherTaxId } from '../../fixtures/sync-server/cards';
import { mirrorRacingOnce } from '../../fixtures/sync-server/racing-mirror';
import { call, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
});

/** The next day: when the re-import runs. */
const importedAt = new Date(testNow.getTime() + 86_400_000);

const header = 'kind,series,number,lastName,firstName,middleName,birthDate,sex,deceased';

interface Person {
  number: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: 'M' | 'F';
}

const person = (number: string, lastName: string, firstName: string, birthDate: string, sex: 'M' | 'F'): Person => ({ number, lastName, firstName, birthDate, sex });

const renamed = person('100001', 'Коваленко', 'Олена', '2014-03-12', 'F');
const reborn = person('100002', 'Мельник', 'Іван', '2013-05-01', 'M');
const died = person('100003', 'Бондар', 'Марія', '2012-07-07', 'F');
const removed = person('100004', 'Ткаченко', 'Петро', '2014-01-01', 'M');
const added = person('100005', 'Кравець', 'Софія', '2015-02-02', 'F');
const lookAlike = person('100006', 'Лисенко', 'Анна', '2013-09-09', 'F');
const same = person('100007', 'Шевченко', 'Тарас', '2012-03-09', 'M');
const contested = person('100008', 'Гнатюк', 'Ольга', '2013-04-04', 'F');
const waiting = person('100009', 'Романенко', 'Юрій', '2014-06-06', 'M');

/** A registry row of a birth certificate of series І-БК (Cyrillic І, as the registry writes it). */
function row(p: Person, changes: Partial<Person> & { deceased?: boolean } = {}): string {
  const q = { ...p, ...changes };
  return `birth_certificate,І-БК,${q.number},${q.lastName},${q.firstName},,${q.birthDate},${q.sex},${changes.deceased ? 1 : 0}`;
}

const teacherRow = (lastName: string) => `tax_id,,${teacherTaxId},${lastName},${teacher.firstName},${teacher.middleName},${teacher.birthDate},M,0`;

const firstRegistry = [header, ...[renamed, reborn, died, removed, lookAlike, same, contested, waiting].map((p) => row(p)), teacherRow(teacher.lastName)].join('\n');

/** About one person in ten changed, one removed, one added, the rest as they were (in another order). */
const changedRegistry = [
  header,
  row(waiting),
  row(same),
  row(renamed, { lastName: 'Коваль' }),
  row(reborn, { birthDate: '2013-05-02' }),
  row(died, { deceased: true }),
  row(added),
  row(lookAlike, { lastName: 'Лисенко-Коваль' }),
  row(contested, { lastName: 'Гнатюк-Пасічник' }),
  teacherRow('Шевчук-Грень'),
].join('\n');

/** Fixed card ids, so that two servers' reports can be compared card by card. */
const ids = {
  renamed: '00000000-0000-4000-8000-000000000001',
  reborn: '00000000-0000-4000-8000-000000000002',
  died: '00000000-0000-4000-8000-000000000003',
  removed: '00000000-0000-4000-8000-000000000004',
  added: '00000000-0000-4000-8000-000000000005',
  lookAlike: '00000000-0000-4000-8000-000000000006',
  same: '00000000-0000-4000-8000-000000000007',
  contestedA: '00000000-0000-4000-8000-000000000008',
  contestedB: '00000000-0000-4000-8000-000000000009',
  waiting: '00000000-0000-4000-8000-00000000000a',
  teacher: '00000000-0000-4000-8000-00000000000b',
};

function card(p: Person, series = 'І-БК', lastName = p.lastName) {
  return studentCard({ lastName, firstName: p.firstName, middleName: '', birthDate: p.birthDate, sex: p.sex, documents: [{ type: 'birth_certificate', series, number: p.number }] });
}

/** A server whose registry can be taken down (its pushes then leave cards `pending`). */
async function server(): Promise<{ h: Harness; setDown: (down: boolean) => void }> {
  let down = false;
  const mirror = { find: (documents: Parameters<ReturnType<typeof mirrorAdapter>['find']>[0]) => (down ? Promise.reject(new Error('the registry is down')) : mirrorAdapter(h.db).find(documents)) };
  const h = await startServer({ registry: mirror });
  harnesses.push(h);
  return { h, setDown: (d) => (down = d) };
}

let files = 0;

/** `registry import` of this CSV, then the re-check that follows it, as the command runs them. */
async function reimport(h: Harness, csv: string, options: ImportOptions = {}, registry: RegistryAdapter = mirrorAdapter(h.db)) {
  const file = join(h.dir, `registry-${files++}.csv`);
  writeFileSync(file, csv);
  await importRegistry(h.db, file, options);
  return revalidateAfterImport(h.db, registry, importedAt);
}

async function pushTo(h: Harness, token: string, changes: Parameters<typeof push>[0]): Promise<void> {
  const { status } = await call(h, 'POST', '/sync/push', { token, body: push(changes) });
  expect(status).toBe(200);
}

/**
 * The first registry, then the schools' cards (not enrolled, enrolled, staff, a Latin look-alike series, one student
 * claimed by both schools, one left pending), as a server holds them when a new registry comes.
 */
async function schoolsBeforeTheNewRegistry(): Promise<Harness> {
  const { h, setDown } = await server();
  await reimport(h, firstRegistry);
  const student = (key: keyof typeof ids, c: unknown) => newChange('student', c, ids[key]);
  const renamedCard = student('renamed', card(renamed));
  await pushTo(h, h.tokenA, [
    renamedCard,
    ...enrolledStudent(renamedCard.id),
    student('reborn', card(reborn)),
    student('died', card(died)),
    student('removed', card(removed)),
    student('added', card(added)),
    // Latin I and K, as an office may type them: the same document as the registry's І-БК.
    student('lookAlike', card(lookAlike, 'I-БK')),
    student('same', card(same)),
    newChange('staff', staffCard(), ids.teacher),
  ]);
  const contestedA = student('contestedA', card(contested));
  await pushTo(h, h.tokenA, [contestedA, ...enrolledStudent(contestedA.id)]);
  // School B has her under the surname the new registry will give her: unconfirmed now, and second.
  const contestedB = student('contestedB', card(contested, 'І-БК', 'Гнатюк-Пасічник'));
  await pushTo(h, h.tokenB, [contestedB, ...enrolledStudent(contestedB.id)]);
  setDown(true);
  await pushTo(h, h.tokenA, [student('waiting', card(waiting))]);
  setDown(false);
  return h;
}

async function reports(h: Harness) {
  const of = async (token: string) => {
    const { body } = await call(h, 'GET', '/reports/cards?status=all', { token });
    return (body.cards as { cardId: string }[]).sort((a, b) => a.cardId.localeCompare(b.cardId));
  };
  return { A: await of(h.tokenA), B: await of(h.tokenB) };
}

describe('registry re-import of the changed documents only', () => {
  it('leaves every report as a re-check of every card leaves it', async () => {
    const changedOnly = await schoolsBeforeTheNewRegistry();
    const everyCard = await schoolsBeforeTheNewRegistry();
    await reimport(changedOnly, changedRegistry);
    await reimport(everyCard, changedRegistry, { full: true });
    expect(await reports(changedOnly)).toEqual(await reports(everyCard));
  });

  it('checks again only the cards holding a changed document, and the pending one', async () => {
    const h = await schoolsBeforeTheNewRegistry();
    const { checked, all } = await reimport(h, changedRegistry);
    // Of the 11 cards, only the one whose person the new registry keeps as she was is not checked.
    expect({ checked, all }).toEqual({ checked: 10, all: false });
  });

  it('checks every card after an import with --full', async () => {
    const h = await schoolsBeforeTheNewRegistry();
    const { checked, all } = await reimport(h, changedRegistry, { full: true });
    expect({ checked, all }).toEqual({ checked: 11, all: true });
  });

  it('checks every card after the first import, when there was no mirror to compare with', async () => {
    const { h } = await server();
    await pushTo(h, h.tokenA, [newChange('student', card(same)), newChange('staff', staffCard())]);
    const { checked, all } = await reimport(h, firstRegistry);
    expect({ checked, all }).toEqual({ checked: 2, all: true });
  });

  it('completes at the next import the re-check of an import that stopped before it', async () => {
    const interrupted = await schoolsBeforeTheNewRegistry();
    const everyCard = await schoolsBeforeTheNewRegistry();
    const file = join(interrupted.dir, 'interrupted.csv');
    writeFileSync(file, changedRegistry);
    await importRegistry(interrupted.db, file);
    await reimport(interrupted, changedRegistry);
    await reimport(everyCard, changedRegistry, { full: true });
    expect(await reports(interrupted)).toEqual(await reports(everyCard));
  });

  it('checks again, as it is now, a card a push changed while the re-check was asking the registry about it', async () => {
    const h = await schoolsBeforeTheNewRegistry();
    // The office corrects the surname as the new registry has it between the re-check's read of the card and its transaction.
    const racing = mirrorRacingOnce(h.db, () => pushTo(h, h.tokenA, [{ type: 'student', id: ids.renamed, baseRev: 1, data: card(renamed, 'І-БК', 'Коваль') }]));
    await reimport(h, changedRegistry, {}, racing);
    const { A } = await reports(h);
    expect(A.find((r) => r.cardId === ids.renamed)).toMatchObject({ rev: 2, status: 'verified', issues: [] });
  });

  it('follows a card whose document a push changed to one the new registry changes', async () => {
    const { h } = await server();
    await reimport(h, firstRegistry);
    const pushed = newChange('student', card(same));
    await pushTo(h, h.tokenA, [pushed]);
    await pushTo(h, h.tokenA, [{ type: 'student', id: pushed.id, baseRev: 1, data: card(renamed) }]);
    await reimport(h, changedRegistry);
    const { A } = await reports(h);
    expect(A.find((r) => r.cardId === pushed.id)).toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ code: 'REGISTRY_NAME_MISMATCH', field: 'lastName', registryValue: 'Коваль' })]) });
  });

  it('forgets the registry keys of a deleted card', async () => {
    const { h } = await server();
    const pushed = newChange('student', card(same));
    // Four more cards stay: a push deleting more than a fifth of a school's cards is refused (MASS_DELETE).
    await pushTo(h, h.tokenA, [pushed, ...[reborn, died, removed, added].map((p) => newChange('student', card(p)))]);
    await pushTo(h, h.tokenA, [{ type: 'student', id: pushed.id, baseRev: 1, deleted: true }]);
    expect(await h.db.selectFrom('card_registry_keys').selectAll().where('card_id', '=', pushed.id).execute()).toEqual([]);
  });

  it('works out at migration the registry keys of the cards stored before', async () => {
    const { h } = await server();
    // The database as it was before the migration of the keys, holding one card.
    await h.db.schema.dropTable('card_registry_keys').execute();
    await h.db.schema.dropTable('registry_changes').execute();
    await h.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', '0008_registry_keys' as never).execute();
    const school = await h.db.selectFrom('schools').select('id').where('code', '=', 'A-1001').executeTakeFirstOrThrow();
    await h.db
      .insertInto('records')
      .values({ id: ids.lookAlike, school_id: school.id, type: 'student', rev: 1, deleted: 0, data: JSON.stringify(studentCardSchema.parse(card(lookAlike, 'I-БK'))), updated_at: testNow.toISOString(), device_id: 'pc-1', change_seq: 1 })
      .execute();
    await h.db.destroy();
    h.db = await openDatabase(h.database.location);
    expect(await h.db.selectFrom('card_registry_keys').select(['card_id', 'registry_key']).execute()).toEqual([{ card_id: ids.lookAlike, registry_key: 'birth_certificate|I-БК|100006' }]);
  });
});
