import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullStaffCard, student } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';

describe('a person entered twice', () => {
  let office: Office;
  let classId: string;
  beforeEach(async () => {
    office = await openOffice();
    classId = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
  });
  afterEach(() => office.dispose());

  const olha = student('Коваль', 'Ольга', 'Петрівна', '451278');

  it('names and links the other card holding the certificate of a card still being typed, before it exists', async () => {
    const { meta } = await office.call('students.save', { card: olha, classId });
    const { duplicates } = await office.call('students.duplicates', { card: { ...olha, lastName: 'Ковальчук', documents: [{ type: 'birth_certificate', series: 'іі-жк', number: '451 278' }] } });
    const { orders } = await office.call('orders.list', {});
    expect([duplicates, orders.length]).toEqual([[{ id: meta.id, name: 'Коваль Ольга Петрівна', birthDate: olha.birthDate, detail: '5-А', field: 'documents.0.number' }], 1]);
  });

  it('does not take a saved card for its own duplicate', async () => {
    const { meta } = await office.call('students.save', { card: olha });
    expect((await office.call('students.duplicates', { id: meta.id, card: olha })).duplicates).toEqual([]);
  });

  it('finds a member of staff by the tax number of a draft', async () => {
    await office.call('staff.save', { card: fullStaffCard() });
    const { duplicates } = await office.call('staff.duplicates', { card: { ...fullStaffCard(), firstName: 'Петро' } });
    expect(duplicates.map((d) => [d.name, d.detail, d.field])).toEqual([['Кравченко Микола Степанович', 'Учитель математики', 'taxId']]);
  });

  it('deletes a card entered by mistake as a tombstone, audited, and frees its numbers', async () => {
    await Promise.all(['100001', '100002', '100003', '100004'].map((n) => office.call('students.save', { card: student('Бондар', 'Іван', 'Іванович', n) })));
    const first = await office.call('students.save', { card: olha });
    const second = await office.call('students.save', { card: { ...olha, firstName: 'Оля' } });
    await office.call('students.delete', { id: second.meta.id, version: second.meta.version });
    const row = office.backend.db.prepare('SELECT deleted, change_count > sent_count AS unsent FROM students WHERE id = ?').get(second.meta.id);
    const { rows } = await office.call('students.list', { search: 'коваль' });
    const { entries } = await office.call('audit.history', { entity: 'student', id: second.meta.id });
    const left = (await office.call('students.get', { id: first.meta.id })).meta.issues.map((i) => i.code);
    expect([row, rows.map((r) => r.firstName), entries.at(-1)?.action, left]).toEqual([{ deleted: 1, unsent: 1 }, ['Ольга'], 'delete', ['REQUIRED']]);
  });

  it('refuses to delete a student an order names', async () => {
    const { meta } = await office.call('students.save', { card: olha, classId });
    expect((await office.refusal('students.delete', { id: meta.id, version: meta.version })).code).toBe('CARD_HAS_ORDERS');
  });

  it('deletes a card entered by mistake once the order enrolling it is revoked', async () => {
    await Promise.all(['100001', '100002', '100003', '100004'].map((n) => office.call('students.save', { card: student('Бондар', 'Іван', 'Іванович', n) })));
    const { meta } = await office.call('students.save', { card: olha, classId });
    const [enrollment] = (await office.call('orders.list', {})).orders;
    await office.call('orders.revoke', { orderId: enrollment?.id ?? '', date: '2025-11-20', basis: { kind: 'other', text: 'Картку учня внесено двічі' } });
    const { meta: now } = await office.call('students.get', { id: meta.id });
    await office.call('students.delete', { id: meta.id, version: now.version });
    expect((await office.call('students.list', { search: 'коваль' })).rows).toEqual([]);
  });

  it('refuses a deletion beyond a fifth of the school’s cards, as the central server would refuse the push', async () => {
    const cards = await Promise.all(['100001', '100002', '100003'].map((n) => office.call('students.save', { card: student('Бондар', 'Іван', 'Іванович', n) })));
    const [one] = cards;
    expect((await office.refusal('students.delete', { id: one?.meta.id ?? '', version: 1 })).code).toBe('MASS_DELETE');
  });
});
