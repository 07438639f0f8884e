import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { student } from '../../fixtures/backend/cards';
import { openTestBackend, type TestBackend } from '../../fixtures/backend/test-backend';
import { createClassOfYear } from '../../fixtures/backend/classes';

async function pdfOf(base64: string): Promise<PDFDocument> {
  return PDFDocument.load(Buffer.from(base64, 'base64'));
}

describe('printouts', () => {
  let t: TestBackend;
  let session: string;
  let classId: string;
  beforeEach(async () => {
    t = openTestBackend();
    session = await t.setUp();
    classId = (await createClassOfYear(t.backend, session, { academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
  });
  afterEach(() => t.dispose());

  const enrol = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await t.call('students.save', { card: student(`Шевченко${String(i).padStart(2, '0')}`, 'Ірина', 'Олегівна', String(500_000 + i)), classId }, session);
    }
  };

  it('prints an order as a one-page A4 PDF titled with its number and date', async () => {
    await enrol(2);
    const { orders } = await t.call('orders.list', {}, session);
    const printout = await t.call('print.order', { id: orders[0]!.id }, session);
    const pdf = await pdfOf(printout.pdfBase64);
    expect(pdf.getTitle()).toBe(`Наказ № ${orders[0]!.number} від 20.11.2025`);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(printout.fileName).toBe(`nakaz-2025-2026-${orders[0]!.number}.pdf`);
  });

  it('continues a long class list on a second page', async () => {
    await enrol(45);
    const printout = await t.call('print.classList', { id: classId }, session);
    const pdf = await pdfOf(printout.pdfBase64);
    expect(pdf.getTitle()).toBe('Список учнів 5-А класу, 2025/2026 н. р.');
    expect(pdf.getPageCount()).toBe(2);
  });

  it('prints the alphabet book with every personal file number issued', async () => {
    await enrol(3);
    const pdf = await pdfOf((await t.call('print.alphabetBook', {}, session)).pdfBase64);
    expect(pdf.getTitle()).toBe('Алфавітна книга запису учнів');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('answers NOT_FOUND for an order that does not exist', async () => {
    const error = await t.refusal('print.order', { id: '00000000-0000-4000-8000-000000000000' }, session);
    expect(error.code).toBe('NOT_FOUND');
  });
});
