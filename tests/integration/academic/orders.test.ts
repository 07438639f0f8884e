import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { student } from '../../fixtures/backend/cards';
import { openOffice, today, type Office } from '../../fixtures/office';

describe('movement orders', () => {
  let office: Office;
  let classA: string;
  let classB: string;
  beforeEach(async () => {
    office = await openOffice();
    classA = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    classB = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
  });
  afterEach(() => office.dispose());

  /** A card saved without a class: a student on file but not yet in the school. */
  const newCard = async (lastName: string, certificate: string) =>
    (await office.call('students.save', { card: student(lastName, 'Іван', 'Петрович', certificate) })).meta.id;
  const enrolled = async (lastName: string, certificate: string, classId = classA) =>
    (await office.call('students.save', { card: student(lastName, 'Іван', 'Петрович', certificate), classId })).meta.id;
  const classOf = async (id: string) => (await office.call('students.get', { id })).classId;

  it('makes an enroll order numbered 1 when a new card is saved with a class', async () => {
    const id = await enrolled('Бондар', '111222');
    const { orders } = await office.call('orders.list', {});
    expect(orders).toEqual([expect.objectContaining({ number: 1, date: today, kind: 'enroll', academicYear: '2025/2026', warnings: [] })]);
    expect(orders[0]?.items).toEqual([expect.objectContaining({ studentId: id, toClassId: classA, toClass: '5-А', fromClassId: null })]);
  });

  it('enrolls a student on file through an order and gives a personal file number of the surname letter', async () => {
    const id = await newCard('Василенко', '111222');
    await office.call('orders.create', { date: today, kind: 'enroll', items: [{ studentId: id, toClassId: classA }] });
    expect(await classOf(id)).toBe(classA);
    expect((await office.call('students.get', { id })).card.personalFileNumber).toBe('В/1');
  });

  it('moves a student to another class of the year by a transfer order', async () => {
    const id = await enrolled('Бондар', '111222');
    await office.call('orders.create', { date: today, kind: 'transfer', items: [{ studentId: id, toClassId: classB }] });
    expect(await classOf(id)).toBe(classB);
    const history = office.backend.db.prepare('SELECT class_id AS classId, from_date AS "from", to_date AS "to", reason FROM enrollments WHERE student_id = ? ORDER BY rowid').all(id);
    expect(history).toEqual([
      { classId: classA, from: today, to: today, reason: 'admitted' },
      { classId: classB, from: today, to: null, reason: 'class_transfer' },
    ]);
  });

  it('withdraws a student to another school, keeping the card and its history but no class', async () => {
    const id = await enrolled('Бондар', '111222');
    const { order } = await office.call('orders.create', {
      date: today,
      kind: 'withdraw',
      items: [{ studentId: id, reason: 'enrolled_elsewhere', destinationSchool: 'Гімназія № 3 м. Києва' }],
    });
    expect(order.items[0]).toMatchObject({ fromClass: '5-А', reason: 'enrolled_elsewhere', destinationSchool: 'Гімназія № 3 м. Києва' });
    expect(await classOf(id)).toBeNull();
    expect((await office.call('classes.get', { id: classA })).members).toEqual([expect.objectContaining({ studentId: id, current: false, to: today })]);
  });

  it('takes a withdrawn student off the active list and the home counts, and lists them on request', async () => {
    const id = await enrolled('Бондар', '111222');
    const staying = await enrolled('Коваль', '333444');
    await office.call('orders.create', { date: today, kind: 'withdraw', items: [{ studentId: id, reason: 'moved_abroad' }] });
    expect((await office.call('students.list', {})).rows.map((r) => r.id)).toEqual([staying]);
    expect((await office.call('home.summary', {})).students.total).toBe(1);
    expect((await office.call('students.list', { withLeft: true })).rows.map((r) => r.id).sort()).toEqual([id, staying].sort());
  });

  it('checks the card again when an order enrolls it: the missing class is no longer an error', async () => {
    const id = await newCard('Василенко', '111222');
    const missingClass = (issues: { code: string; field?: string }[]) => issues.some((i) => i.code === 'REQUIRED' && i.field === 'classId');
    expect(missingClass((await office.call('students.get', { id })).meta.issues)).toBe(true);
    await office.call('orders.create', { date: today, kind: 'enroll', items: [{ studentId: id, toClassId: classA }] });
    expect(missingClass((await office.call('students.get', { id })).meta.issues)).toBe(false);
  });

  it('offers for enrolment only the students in no class today', async () => {
    const waiting = await newCard('Василенко', '111222');
    await enrolled('Бондар', '333444');
    expect((await office.call('students.list', { withoutClass: true })).rows.map((r) => r.id)).toEqual([waiting]);
  });

  it('keeps a card on file that was never in a class on the active list', async () => {
    const id = await newCard('Василенко', '111222');
    expect((await office.call('students.list', {})).rows.map((r) => r.id)).toEqual([id]);
  });

  it("lists a student's classes over time with the order behind each move", async () => {
    const id = await enrolled('Бондар', '111222');
    const { order } = await office.call('orders.create', { date: today, kind: 'transfer', items: [{ studentId: id, toClassId: classB }] });
    const { entries } = await office.call('students.classHistory', { id });
    expect(entries).toEqual([
      expect.objectContaining({ classLabel: '5-А', academicYear: '2025/2026', from: today, to: today, reason: 'admitted', order: expect.objectContaining({ number: 1 }) }),
      expect.objectContaining({ classLabel: '5-Б', from: today, to: null, reason: 'class_transfer', order: { id: order.id, number: order.number, date: today } }),
    ]);
  });

  it('refuses a withdrawal to another school without naming the school', async () => {
    const id = await enrolled('Бондар', '111222');
    const error = await office.refusal('orders.create', { date: today, kind: 'withdraw', items: [{ studentId: id, reason: 'enrolled_elsewhere' }] });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'items.0.destinationSchool' } });
  });

  it('refuses to move a student who is in no class, changing nothing', async () => {
    const id = await newCard('Бондар', '111222');
    const error = await office.refusal('orders.create', { date: today, kind: 'transfer', items: [{ studentId: id, toClassId: classB }] });
    expect(error.code).toBe('ORDER_STUDENT_NOT_ENROLLED');
    expect((await office.call('orders.list', {})).orders).toEqual([]);
  });

  it('numbers the orders of a year 1, 2, 3 without gaps', async () => {
    const first = await enrolled('Бондар', '111222');
    await enrolled('Коваль', '111333');
    await office.call('orders.create', { date: today, kind: 'transfer', items: [{ studentId: first, toClassId: classB }] });
    const { orders, missingNumbers } = await office.call('orders.list', { academicYear: '2025/2026' });
    expect(orders.map((o) => o.number).sort()).toEqual([1, 2, 3]);
    expect(missingNumbers).toEqual([]);
  });

  it('warns when an order is entered more than 3 working days after its date', async () => {
    const id = await newCard('Бондар', '111222');
    await office.call('orders.create', { date: '2025-11-10', kind: 'enroll', items: [{ studentId: id, toClassId: classA }] });
    // An order of Friday 14 November entered on Thursday 20 November: 4 working days later.
    const { order } = await office.call('orders.create', { date: '2025-11-14', kind: 'transfer', items: [{ studentId: id, toClassId: classB }] });
    expect(order.warnings).toEqual([
      { code: 'ORDER_ENTERED_LATE', severity: 'warning', field: 'date', params: { date: '2025-11-14', enteredOn: today, workingDays: 4 } },
    ]);
  });

  it('does not warn about an order entered within 3 working days', async () => {
    const id = await newCard('Бондар', '111222');
    await office.call('orders.create', { date: '2025-11-10', kind: 'enroll', items: [{ studentId: id, toClassId: classA }] });
    const { order } = await office.call('orders.create', { date: '2025-11-17', kind: 'transfer', items: [{ studentId: id, toClassId: classB }] });
    expect(order.warnings).toEqual([]);
  });

  it('finds orders by a student name', async () => {
    await enrolled('Бондар', '111222');
    await enrolled('Коваль', '111333');
    const { orders } = await office.call('orders.list', { search: 'коваль' });
    expect(orders.map((o) => o.items[0]?.studentName)).toEqual(['Коваль Іван Петрович']);
  });

  it('lists every student ever enrolled in the alphabet book, withdrawn ones included', async () => {
    const gone = await enrolled('Бондар', '111222');
    await enrolled('Бойко', '111333');
    await office.call('orders.create', { date: today, kind: 'withdraw', items: [{ studentId: gone, reason: 'moved_abroad' }] });
    const { entries } = await office.call('alphabetBook.list', { letter: 'Б' });
    expect(entries.map((e) => [e.personalFileNumber, e.name, e.leftOn])).toEqual([
      ['Б/1', 'Бондар Іван Петрович', today],
      ['Б/2', 'Бойко Іван Петрович', null],
    ]);
  });

  it('never reuses the personal file number of a withdrawn student', async () => {
    const gone = await enrolled('Бондар', '111222');
    await office.call('orders.create', { date: today, kind: 'withdraw', items: [{ studentId: gone, reason: 'other' }] });
    const next = await newCard('Бойко', '111333');
    await office.call('orders.create', { date: today, kind: 'enroll', items: [{ studentId: next, toClassId: classA }] });
    expect((await office.call('students.get', { id: next })).card.personalFileNumber).toBe('Б/2');
  });

  it('keeps the personal file number written on a new card when no one has it', async () => {
    const id = (await office.call('students.save', { card: { ...student('Бондар', 'Іван', 'Петрович', '111222'), personalFileNumber: 'Б/40' }, classId: classA })).meta.id;
    expect((await office.call('students.get', { id })).card.personalFileNumber).toBe('Б/40');
    expect((await office.call('alphabetBook.list', {})).entries.map((e) => e.personalFileNumber)).toEqual(['Б/40']);
  });

  it('refuses to enroll a student who is already in a class', async () => {
    const id = await enrolled('Бондар', '111222');
    const error = await office.refusal('orders.create', { date: today, kind: 'enroll', items: [{ studentId: id, toClassId: classB }] });
    expect(error).toEqual({ code: 'ORDER_STUDENT_ALREADY_ENROLLED', params: { studentId: id, classId: classA } });
  });

  it('audits the order and the enrollments it changed', async () => {
    const id = await enrolled('Бондар', '111222');
    const { order } = await office.call('orders.create', { date: today, kind: 'transfer', items: [{ studentId: id, toClassId: classB }] });
    const entities = office.backend.db
      .prepare(`SELECT entity, action FROM audit_log WHERE seq >= (SELECT seq FROM audit_log WHERE entity = 'order' AND entity_id = ?) ORDER BY seq`)
      .all(order.id);
    expect(entities).toEqual([
      { entity: 'order', action: 'create' },
      { entity: 'enrollment', action: 'update' },
      { entity: 'enrollment', action: 'create' },
    ]);
  });
});
