import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOffice, type Office } from '../../fixtures/office';
import { enrolStudents, numberedSurnames } from '../../fixtures/print/enrolled-students';
import { pagesText } from '../../fixtures/print/pdf-text';

describe('the orders register of a year', () => {
  let t: Office;
  let yearId: string;
  let classId: string;
  beforeEach(async () => {
    t = await openOffice();
    classId = (await t.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    yearId = (await t.call('academicYears.list', {})).years.find((y) => y.label === '2025/2026')?.id ?? '';
  });
  afterEach(() => t.dispose());

  it('lists every order of the year with the students it moved, from and to which class, on ruled pages with repeated headers', async () => {
    const ids = await enrolStudents(t, classId, numberedSurnames(40));
    const target = (await t.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    const { order } = await t.call('orders.create', { date: '2025-11-20', kind: 'transfer', items: ids.slice(0, 2).map((studentId) => ({ studentId, toClassId: target })) });
    const printout = await t.call('print.ordersRegister', { academicYearId: yearId });
    const pages = pagesText(printout.pdfBase64);
    expect(printout.document).toMatchObject({ kind: 'orders-register', title: 'Книга наказів з руху учнів, 2025/2026 н. р.', pages: pages.length });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/№\s+наказу\s+Дата\s+Зміст\s+Учень/);
    const text = pages.join('\n');
    const { orders } = await t.call('orders.list', { academicYear: '2025/2026' });
    expect(orders).toHaveLength(41);
    expect(text).toContain('наказів: 41');
    for (const name of numberedSurnames(40)) expect(text).toContain(name);
    expect(text).toMatch(/Про\s+переведення\s+учнів\s+до\s+іншого\s+класу/);
    expect(text.match(/5-А → 5-Б/g)).toHaveLength(2);
    expect(text).toContain(`\n${order.number}\n`);
  });

  it('answers NOT_FOUND for an academic year that does not exist', async () => {
    expect((await t.refusal('print.ordersRegister', { academicYearId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});
