import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { student } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';

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
    expect(printout.fileName).toBe(`nakaz-2025-2026-${orders[0]!.number}.pdf`);
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
