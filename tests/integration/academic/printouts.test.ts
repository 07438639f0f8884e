import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { student } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';
import { enrolStudents } from '../../fixtures/print/enrolled-students';
import { pagesText } from '../../fixtures/print/pdf-text';

async function pdfOf(base64: string): Promise<PDFDocument> {
  return PDFDocument.load(Buffer.from(base64, 'base64'));
}

describe('printouts', () => {
  let office: Office;
  let classId: string;
  beforeEach(async () => {
    office = await openOffice();
    classId = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
  });
  afterEach(() => office.dispose());

  const enrol = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await office.call('students.save', { card: student(`Шевченко${String(i).padStart(2, '0')}`, 'Ірина', 'Олегівна', String(500_000 + i)), classId });
    }
  };

  it('prints an order as a one-page A4 PDF titled with its number and date', async () => {
    await enrol(2);
    const { orders } = await office.call('orders.list', {});
    const printout = await office.call('print.order', { id: orders[0]!.id });
    const pdf = await pdfOf(printout.pdfBase64);
    expect(pdf.getTitle()).toBe(`Наказ № ${orders[0]!.number} від 20.11.2025`);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(printout.fileName).toBe(`наказ-2025-2026-${orders[0]!.number}.pdf`);
  });

  it('prints the order’s basis in its Підстава column', async () => {
    const [id] = await enrolStudents(office, classId, ['Бондар']);
    const target = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    const basis = { kind: 'parents_application' as const, date: '2025-11-18' };
    const { order } = await office.call('orders.create', { date: '2025-11-20', kind: 'transfer', basis, items: [{ studentId: id ?? '', toClassId: target }] });
    const [page] = pagesText((await office.call('print.order', { id: order.id })).pdfBase64);
    expect(page).toContain('заява батьків від 18.11.2025');
  });

  it('lists an order’s students by class, and alphabetically within a class', async () => {
    const fiveA = await enrolStudents(office, classId, ['Яковенко', 'Іванова']);
    const fiveB = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    const inB = await enrolStudents(office, fiveB, ['Бойко']);
    const fiveV = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-В' })).id;
    const items = [...fiveA, ...inB].map((studentId) => ({ studentId, toClassId: fiveV }));
    const { order } = await office.call('orders.create', { date: '2025-11-20', kind: 'transfer', items });
    const [page = ''] = pagesText((await office.call('print.order', { id: order.id })).pdfBase64);
    const positions = ['Іванова', 'Яковенко', 'Бойко'].map((name) => page.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('never leaves the total and the signature alone on a class list’s last page', async () => {
    // 26 is the first class size whose list needs a second page.
    await enrol(26);
    const pages = pagesText((await office.call('print.classList', { id: classId })).pdfBase64);
    expect(pages).toHaveLength(2);
    expect(pages[1]?.split('Усього')[0]).toMatch(/Шевченко\d\d/);
    expect(pages[1]).toContain('Сторінка 2 з 2');
  });

  it('continues a long class list on a second page', async () => {
    await enrol(45);
    const printout = await office.call('print.classList', { id: classId });
    const pdf = await pdfOf(printout.pdfBase64);
    expect(pdf.getTitle()).toBe('Список учнів 5-А класу, 2025/2026 н. р.');
    expect(pdf.getPageCount()).toBe(2);
  });

  it('prints the alphabet book with every personal file number issued', async () => {
    await enrol(3);
    const pdf = await pdfOf((await office.call('print.alphabetBook', {})).pdfBase64);
    expect(pdf.getTitle()).toBe('Алфавітна книга запису учнів');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('answers NOT_FOUND for an order that does not exist', async () => {
    const error = await office.refusal('print.order', { id: '00000000-0000-4000-8000-000000000000' });
    expect(error.code).toBe('NOT_FOUND');
  });
});
