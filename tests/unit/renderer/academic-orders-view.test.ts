import { describe, expect, it } from 'vitest';
import type { StudentRow } from '../../../core/api/cards-api';
import type { OrderView } from '../../../core/api/orders-api';
import { storeTypedDate } from '../../../renderer/src/format/dates';
import { newOrderInput, type NewOrderDraft } from '../../../renderer/src/screens/academic/orders/new-order';
import { isLate, studentsSummary } from '../../../renderer/src/screens/academic/orders/order-view';

const student: StudentRow = {
  id: '00000000-0000-4000-8000-000000000001',
  lastName: 'Шевченко',
  firstName: 'Олена',
  middleName: 'Петрівна',
  birthDate: '2015-04-02',
  className: '5-А',
  document: 'I-БК 123456',
  status: 'ok',
  errorCount: 0,
  warningCount: 0,
  registryStatus: null,
};
const classId = '00000000-0000-4000-8000-000000000002';
const basis = { kind: 'parents_application' as const, protocolNumber: '', date: '01.03.2026', text: '' };
const draft: NewOrderDraft = { kind: 'transfer', date: '02.03.2026', student, toClassId: classId, reason: 'enrolled_elsewhere', destinationSchool: '', basis };
const stated = { kind: 'parents_application', date: '2026-03-01' };

describe('the new-order form', () => {
  it('makes a transfer order for the chosen student and class', () => {
    expect(newOrderInput(draft, storeTypedDate)).toEqual({
      ok: true,
      input: { date: '2026-03-02', kind: 'transfer', basis: stated, items: [{ studentId: student.id, toClassId: classId }] },
    });
  });

  it('asks for the basis: a council decision needs its protocol number and date', () => {
    const council = { ...basis, kind: 'council_decision' as const, date: '29.05.2026' };
    expect(newOrderInput({ ...draft, basis: council }, storeTypedDate)).toEqual({ ok: false, missing: ['basis'] });
    const result = newOrderInput({ ...draft, basis: { ...council, protocolNumber: '7' } }, storeTypedDate);
    expect(result.ok && result.input.basis).toEqual({ kind: 'council_decision', protocolNumber: '7', date: '2026-05-29' });
  });

  it('names what is missing before anything is sent', () => {
    expect(newOrderInput({ ...draft, student: null, toClassId: '', date: 'вчора' }, storeTypedDate)).toEqual({ ok: false, missing: ['date', 'student', 'toClassId'] });
  });

  it('asks for the destination school of a student enrolled elsewhere', () => {
    expect(newOrderInput({ ...draft, kind: 'withdraw' }, storeTypedDate)).toEqual({ ok: false, missing: ['destinationSchool'] });
  });

  it('makes an enrollment order for a student in no class and the chosen class', () => {
    expect(newOrderInput({ ...draft, kind: 'enroll', student: { ...student, className: null } }, storeTypedDate)).toEqual({
      ok: true,
      input: { date: '2026-03-02', kind: 'enroll', basis: stated, items: [{ studentId: student.id, toClassId: classId }] },
    });
  });

  it('asks for the class of an enrollment', () => {
    expect(newOrderInput({ ...draft, kind: 'enroll', toClassId: '' }, storeTypedDate)).toEqual({ ok: false, missing: ['toClassId'] });
  });

  it('makes a withdrawal with its reason and destination school', () => {
    const result = newOrderInput({ ...draft, kind: 'withdraw', destinationSchool: ' Ліцей № 3 ' }, storeTypedDate);
    expect(result).toEqual({
      ok: true,
      input: { date: '2026-03-02', kind: 'withdraw', basis: stated, items: [{ studentId: student.id, reason: 'enrolled_elsewhere', destinationSchool: 'Ліцей № 3' }] },
    });
  });
});

describe('orders in the list', () => {
  const item = (name: string) => ({ studentId: student.id, studentName: name, fromClassId: null, fromClass: null, toClassId: null, toClass: null, reason: null, destinationSchool: null });

  it('show the first two students and how many more', () => {
    expect(studentsSummary([item('А'), item('Б'), item('В'), item('Г')])).toEqual({ names: ['А', 'Б'], more: 2 });
  });

  it('are marked late when the backend warned ORDER_ENTERED_LATE', () => {
    const order = { warnings: [{ code: 'ORDER_ENTERED_LATE', severity: 'warning' }] } as Pick<OrderView, 'warnings'> as OrderView;
    expect(isLate(order)).toBe(true);
  });
});
