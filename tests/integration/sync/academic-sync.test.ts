import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { student } from '../../fixtures/backend/cards';
import { academicDump } from '../../fixtures/sync/academic-dump';
import type { OfficePc } from '../../fixtures/sync/office-pc';
import { openTwoOfficePcs, type TwoOfficePcs } from '../../fixtures/sync/two-office-pcs';

const transitionDay = new Date('2026-06-19T10:00:00');

/** Years, periods, classes, enrollments and orders between two office PCs of one school and the real central server. */
describe('the academic structure between two office PCs', () => {
  let pcs: TwoOfficePcs;
  let first: OfficePc;
  let second: OfficePc;
  beforeEach(async () => {
    pcs = await openTwoOfficePcs();
    ({ first, second } = pcs);
  });
  afterEach(() => pcs.close());

  /** A small school on the first PC: grades 9 and 11 of 2025/2026 with two students each, whose ids it returns. */
  async function smallSchool(): Promise<string[]> {
    const ninth = (await first.createClass({ academicYear: '2025/2026', grade: 9, label: '9-А' })).id;
    const eleventh = (await first.createClass({ academicYear: '2025/2026', grade: 11, label: '11-А' })).id;
    const students: string[] = [];
    for (const [i, classId] of [ninth, ninth, eleventh, eleventh].entries()) {
      const saved = await first.call('students.save', { card: student(`Учень${'абвг'[i]}`, 'Іван', 'Петрович', `11122${i}`, '2010-05-02'), classId });
      students.push(saved.meta.id);
    }
    return students;
  }

  it('hands the years, periods, classes, enrollments and orders of one PC to the other', async () => {
    await smallSchool();
    await first.syncAll();
    await second.syncAll();
    expect(academicDump(second.backend.db)).toEqual(academicDump(first.backend.db));
    expect(academicDump(first.backend.db).orders.length).toBeGreaterThan(0);
  });

  it('checks a pulled card again once its enrollment arrives: the class it is in is not reported missing', async () => {
    const students = await smallSchool();
    await first.syncAll();
    await second.syncAll();
    for (const id of students) {
      const { meta } = await second.call('students.get', { id });
      expect(meta.issues.filter((i) => i.field === 'classId')).toEqual([]);
    }
  });

  it('lists in the other PC\'s alphabet book the personal file numbers the first PC issued', async () => {
    await smallSchool();
    await first.syncAll();
    await second.syncAll();
    const book = async (pc: OfficePc) => (await pc.call('alphabetBook.list', {})).entries.map((e) => [e.personalFileNumber, e.studentId]);
    expect(await book(second)).toEqual(await book(first));
    expect(await book(first)).toHaveLength(4);
  });

  /** The small school on both PCs, closed on the first by a year-end transition that both have synced. */
  async function transitionOnFirst(): Promise<void> {
    await smallSchool();
    await first.syncAll();
    await second.syncAll();
    await first.moveTo(transitionDay);
    await second.moveTo(transitionDay);
    await first.call('yearEnd.apply', { choices: { date: '2026-06-19', students: [] } });
    await first.syncAll();
    await second.syncAll();
  }

  it('hands a year-end transition made on one PC to the other whole', async () => {
    await transitionOnFirst();
    const dump = academicDump(second.backend.db);
    expect(dump).toEqual(academicDump(first.backend.db));
    expect(dump.academic_years.map((y) => y.name)).toEqual(expect.arrayContaining(['2025/2026', '2026/2027']));
    expect(dump.orders.filter((o) => o.year_end_of === '2025/2026').length).toBeGreaterThan(0);
  });

  it('refuses on the other PC a second year-end of a year already closed on the first', async () => {
    await transitionOnFirst();
    const refused = await second.refusal('yearEnd.apply', { choices: { date: '2026-06-19', students: [] } });
    expect(refused.code).toBe('YEAR_END_ALREADY_RUN');
  });

  it('ends with one year, one set of periods, when both PCs opened the same year offline', async () => {
    await first.call('academicYears.create', { label: '2026/2027' });
    await second.call('academicYears.create', { label: '2026/2027' });
    await first.syncAll();
    await second.syncAll();
    await first.syncAll();
    const years = (pc: OfficePc) => pc.backend.db.prepare("SELECT id FROM academic_years WHERE name = '2026/2027' AND deleted = 0").all();
    expect(years(first)).toHaveLength(1);
    expect(years(first)).toEqual(years(second));
    expect(academicDump(second.backend.db)).toEqual(academicDump(first.backend.db));
    expect(academicDump(first.backend.db).periods).toHaveLength(2);
  });

  it('merges a class opened on both PCs offline into one class with the students of both', async () => {
    const { meta: mine } = await first.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222') });
    const { meta: theirs } = await second.call('students.save', { card: student('Коваль', 'Олена', 'Іванівна', '333444') });
    const onFirst = (await first.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    const onSecond = (await second.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    await first.call('orders.create', { date: '2025-11-20', kind: 'enroll', items: [{ studentId: mine.id, toClassId: onFirst }] });
    await second.call('orders.create', { date: '2025-11-20', kind: 'enroll', items: [{ studentId: theirs.id, toClassId: onSecond }] });
    // Whichever class wins, the loser's PC moves its records over and sends them: a few rounds settle it.
    for (const pc of [first, second, first, second, first]) await pc.syncAll();
    const winner = onFirst < onSecond ? onFirst : onSecond;
    for (const pc of [first, second]) {
      const { members } = await pc.call('classes.get', { id: winner });
      expect(members.map((m) => m.studentId).sort()).toEqual([mine.id, theirs.id].sort());
    }
    expect(academicDump(second.backend.db)).toEqual(academicDump(first.backend.db));
  });

  it('hands a revocation and the basis of the orders to the other PC, where the student is back in the old class', async () => {
    const students = await smallSchool();
    const nineB = (await first.createClass({ academicYear: '2025/2026', grade: 9, label: '9-Б' })).id;
    const basis = { kind: 'parents_application' as const, date: '2025-11-19' };
    const { order } = await first.call('orders.create', { date: '2025-11-20', kind: 'transfer', basis, items: [{ studentId: students[0] ?? '', toClassId: nineB }] });
    await first.syncAll();
    await second.syncAll();
    const council = { kind: 'council_decision' as const, protocolNumber: '3', date: '2025-11-21' };
    const { order: revocation } = await second.call('orders.revoke', { orderId: order.id, date: '2025-11-21', basis: council });
    await second.syncAll();
    await first.syncAll();
    expect((await first.call('orders.get', { id: order.id })).order).toMatchObject({ basis, revokedBy: { id: revocation.id } });
    expect((await first.call('orders.get', { id: revocation.id })).order).toMatchObject({ kind: 'revoke', basis: council });
    expect((await first.call('students.get', { id: students[0] ?? '' })).classId).not.toBe(nineB);
    expect(academicDump(second.backend.db)).toEqual(academicDump(first.backend.db));
  });

  it('renumbers an order numbered alike on the PC that synced second, and says so', async () => {
    const students = await smallSchool();
    const nineB = (await first.createClass({ academicYear: '2025/2026', grade: 9, label: '9-Б' })).id;
    await first.syncAll();
    await second.syncAll();
    const [a, b] = students;
    const moved = await first.call('orders.create', { date: '2025-11-20', kind: 'transfer', items: [{ studentId: a ?? '', toClassId: nineB }] });
    const alike = await second.call('orders.create', { date: '2025-11-20', kind: 'transfer', items: [{ studentId: b ?? '', toClassId: nineB }] });
    expect(alike.order.number).toBe(moved.order.number);

    await first.syncAll();
    const status = await second.syncAll();
    await first.syncAll();

    expect(status.lastResult?.renumberedOrders).toEqual([
      { id: alike.order.id, academicYear: '2025/2026', date: '2025-11-20', kind: 'transfer', from: moved.order.number, to: moved.order.number + 1 },
    ]);
    expect(status.lastResult?.rejected).toBe(0);
    for (const pc of [first, second]) {
      expect((await pc.call('orders.get', { id: alike.order.id })).order.number).toBe(moved.order.number + 1);
      expect((await pc.call('orders.get', { id: moved.order.id })).order.number).toBe(moved.order.number);
      expect((await pc.call('orders.list', { academicYear: '2025/2026' })).missingNumbers).toEqual([]);
    }
  });

  it('applies on a new PC an enrollment whose student card was edited after it', async () => {
    const classId = (await first.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    const { meta } = await first.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222'), classId });
    await first.syncAll();
    const saved = await first.call('students.get', { id: meta.id });
    await first.call('students.save', { id: meta.id, version: saved.meta.version, card: { ...saved.card, phone: '+380501234567' } });
    await first.syncAll();

    const status = await second.syncAll();
    expect(status.lastResult?.waiting).toBe(0);
    expect((await second.call('students.get', { id: meta.id })).classId).toBe(classId);
  });
});
