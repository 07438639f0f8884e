import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAdmin, testSchool } from '../../fixtures/backend/school';
import { openOffice, type Office } from '../../fixtures/office';
import { enrolStudents, numberedSurnames } from '../../fixtures/print/enrolled-students';
import { pagesText } from '../../fixtures/print/pdf-text';

const code = /Код перевірки: ([0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3})/;

/** Every printout is an archive document: each page stamped, each print in the register (DESIGN §8). */
describe('stamped printouts', () => {
  let t: Office;
  let classId: string;
  beforeEach(async () => {
    t = await openOffice();
    classId = (await t.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
  });
  afterEach(() => t.dispose());

  const enrol = (lastNames: string[]) => enrolStudents(t, classId, lastNames);
  const many = numberedSurnames;

  it('stamps every page with the school, the title, page N of M, the print time, the printing user and the code', async () => {
    await enrol(many(45));
    const printout = await t.call('print.classList', { id: classId });
    const pages = pagesText(printout.pdfBase64);
    expect(pages).toHaveLength(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Сторінка ${i + 1} з 2`);
      expect(page).toContain(`${testSchool.name} (код ${testSchool.code}) · Список учнів 5-А класу, 2025/2026 н. р.`);
      expect(page).toContain(`Надруковано: 2025-11-20 12:00 · ${testAdmin.fullName}`);
      expect(page.match(code)?.[1]).toBe(printout.document.code);
    });
  });

  it('stamps print time in the school’s zone: 23:30 UTC on 31 August is 1 September in Kyiv', async () => {
    t.clock.now = new Date('2026-08-31T23:30:00Z');
    await t.signIn(testAdmin.login, testAdmin.password);
    const printout = await t.call('print.alphabetBook', {});
    expect(printout.document.printedAt).toBe('2026-09-01 02:30');
    expect(pagesText(printout.pdfBase64)[0]).toContain('Надруковано: 2026-09-01 02:30');
  });

  it('prints the verification address of the configured central server under the code', async () => {
    await t.call('sync.saveSettings', { serverUrl: 'https://sync.example.org/', token: 'a-token-of-the-school-0123456789' });
    const printout = await t.call('print.alphabetBook', {});
    expect(pagesText(printout.pdfBase64)[0]).toContain(`https://sync.example.org/verify/${printout.document.code}`);
  });

  it('puts the director’s signature block and the seal place on the last page only', async () => {
    await enrol(many(45));
    const pages = pagesText((await t.call('print.classList', { id: classId })).pdfBase64);
    expect(pages[0]).not.toContain('Директор');
    expect(pages[1]).toMatch(new RegExp(`Директор\\s+${testSchool.director}`));
    expect(pages[1]).toContain('М.П.');
  });

  it('lists a class’s students alphabetically whatever order they were entered in', async () => {
    await enrol(['Яковенко', 'Іванова', 'Гнатюк', 'Ґудзь', 'Бойко']);
    const page = pagesText((await t.call('print.classList', { id: classId })).pdfBase64)[0] ?? '';
    const order = ['Бойко', 'Гнатюк', 'Ґудзь', 'Іванова', 'Яковенко'].map((name) => page.indexOf(name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists an order’s students alphabetically', async () => {
    const ids = await enrol(['Яковенко', 'Бойко', 'Мельник']);
    const target = (await t.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    const { order } = await t.call('orders.create', { date: '2025-11-20', kind: 'transfer', items: ids.map((studentId) => ({ studentId, toClassId: target })) });
    const page = pagesText((await t.call('print.order', { id: order.id })).pdfBase64)[0] ?? '';
    const order_ = ['Бойко', 'Мельник', 'Яковенко'].map((name) => page.indexOf(name));
    expect(order_.every((at) => at >= 0)).toBe(true);
    expect(order_).toEqual([...order_].sort((a, b) => a - b));
  });

  it('records each print in the document register with its code, content hash, pages and printing user', async () => {
    await enrol(many(3));
    const printout = await t.call('print.classList', { id: classId });
    const { documents, total } = await t.call('documents.list', {});
    expect(total).toBe(1);
    expect(documents[0]).toEqual(printout.document);
    expect(printout.document).toMatchObject({ kind: 'class-list', pages: 1, printedBy: testAdmin.fullName, printedAt: '2025-11-20 12:00', signedBy: null, reprintOf: null });
    expect(printout.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same content printed a minute later another code, and the same content hash', async () => {
    await enrol(many(3));
    const first = await t.call('print.classList', { id: classId });
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const second = await t.call('print.classList', { id: classId });
    expect(second.document.code).not.toBe(first.document.code);
    expect(second.document.sha256).toBe(first.document.sha256);
  });

  it('reprints a registered document as a new print: same content, new time and code, pointing at the original', async () => {
    await enrol(many(3));
    const original = await t.call('print.classList', { id: classId });
    await enrol(['Бойко']);
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000);
    const reprint = await t.call('documents.reprint', { id: original.document.id });
    expect(reprint.document).toMatchObject({ sha256: original.document.sha256, printedAt: '2025-11-20 12:05', reprintOf: original.document.id });
    expect(reprint.document.code).not.toBe(original.document.code);
    const page = pagesText(reprint.pdfBase64)[0] ?? '';
    expect(page).not.toContain('Бойко');
    expect(page).toContain(`Код перевірки: ${reprint.document.code}`);
    expect((await t.call('documents.list', {})).total).toBe(2);
  });

  it('finds documents in the register by a word of the title or by the code typed without hyphens, and by kind', async () => {
    await enrol(many(1));
    const list = await t.call('print.classList', { id: classId });
    const book = await t.call('print.alphabetBook', {});
    const codes = async (input: Parameters<typeof t.call<'documents.list'>>[1]) => (await t.call('documents.list', input)).documents.map((d) => d.code);
    expect(await codes({ search: 'алфавітна' })).toEqual([book.document.code]);
    expect(await codes({ search: list.document.code.replace(/-/g, '').toLowerCase() })).toEqual([list.document.code]);
    expect(await codes({ kind: 'class-list' })).toEqual([list.document.code]);
  });

  it('keeps one register entry for the same content printed twice by the same user in the same minute, not for a reprint', async () => {
    await enrol(many(1));
    const first = await t.call('print.classList', { id: classId });
    expect((await t.call('print.classList', { id: classId })).document).toEqual(first.document);
    const reprint = await t.call('documents.reprint', { id: first.document.id });
    expect(reprint.document.code).not.toBe(first.document.code);
    expect((await t.call('documents.list', {})).total).toBe(2);
  });

  it('answers NOT_FOUND when reprinting a document the register does not hold', async () => {
    expect((await t.refusal('documents.reprint', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});
