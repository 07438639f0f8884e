import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFinishedYearOffice, type FinishedYearOffice } from '../../fixtures/archive/finished-year-office';
import { pagesText } from '../../fixtures/print/pdf-text';

/** pdftotext's text on one line; its spacing inside a narrow cell varies with the glyphs (`7·7`, `12 · 12`), so none is kept there. */
const flat = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([·/]) ?/g, '$1')
    .replace(/(?<!\p{L})([РЖГ]) (\d|—)/gu, '$1$2');

/** The archive's year documents (DESIGN §8) printed from a finished year: what each shows, and who may print it. */
describe('the year documents', { timeout: 180_000 }, () => {
  let school: FinishedYearOffice;
  beforeAll(async () => {
    school = await openFinishedYearOffice();
  });
  afterAll(() => school.office.dispose());

  const ledgerText = async (classId = school.classIds.fifth) => flat((await ledger(classId)).pages.join('\n'));
  const ledger = async (classId: string) => {
    const printout = await school.office.call('print.classLedger', { classId });
    return { printout, pages: pagesText(printout.pdfBase64) };
  };

  it("lists every student of the class's year alphabetically, the leaver too", async () => {
    const text = await ledgerText();
    const at = ['Гнатюк', 'Мельник', 'Яковенко'].map((name) => text.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('shows each subject’s period grades and year grade, and the attendance totals missed / excused', async () => {
    const text = await ledgerText(school.classIds.eleventh);
    // Бондар: Ukrainian 12 (12, 11 → 11.5 → 12) and 12 → year 12; maths 11 and 11 → year 11; no absence.
    expect(text).toContain('Бондар Олена Іванівна 12·12 Р12 11·11 Р11 —·— Р— 0/0');
    // Коваль missed the first semester's maths control lesson, excused: no grade of it is missing, the absence is counted.
    expect(text).toContain('Коваль Олена Іванівна 7·7 Р7 7·8 Р8 —·— Р— 1/1');
  });

  it('gives each student the decision and the order behind it', async () => {
    const text = await ledgerText();
    const { orders } = await school.office.call('orders.list', { academicYear: '2025/2026' });
    const number = (kind: string) => orders.find((o) => o.kind === kind)!.number;
    expect(text).toContain(`переведено до 6-А класу № ${number('promote')} від 15.06.2026`);
    expect(text).toContain(`залишено на повторне навчання № ${number('repeat')} від 15.06.2026`);
    expect(text).toContain(`вибув 02.03.2026 № ${number('withdraw')} від 02.03.2026`);
    expect(await ledgerText(school.classIds.eleventh)).toContain(`випущено (завершив здобуття освіти) № ${number('graduate')} від 15.06.2026`);
  });

  it('prints upright A4 for a few subjects and turns the page when more than eight do not fit', async () => {
    const size = async (classId: string) => (await PDFDocument.load(Buffer.from((await ledger(classId)).printout.pdfBase64, 'base64'))).getPage(0).getSize();
    expect(await size(school.classIds.fifth)).toMatchObject({ width: 595.28, height: 841.89 });
    const { user } = await school.office.call('auth.me', {});
    const { subjects } = await school.office.call('subjects.list', {});
    const added: string[] = [];
    for (const subject of subjects.slice(0, 9)) {
      added.push((await school.office.call('assignments.save', { teacherId: user.staffId!, classId: school.classIds.fifth, subjectId: subject.id, hoursPerWeek: 1, groupLabel: 'група' })).id);
    }
    try {
      expect(await size(school.classIds.fifth)).toMatchObject({ width: 841.89, height: 595.28 });
    } finally {
      for (const id of added) await school.office.call('assignments.remove', { id });
    }
  });

  it('lets a class teacher print their own class’s ledger and no other', async () => {
    const { user } = await school.office.call('auth.me', {});
    await school.office.call('users.update', { id: user.id, fullName: user.fullName, roles: ['administrator', 'class_teacher'], staffId: user.staffId });
    try {
      expect((await school.office.call('print.classLedger', { classId: school.classIds.fifth })).document.kind).toBe('class-ledger');
      expect(await school.office.refusal('print.classLedger', { classId: school.classIds.eleventh })).toMatchObject({ code: 'FORBIDDEN', params: { permission: 'documents.print' } });
      expect(await school.office.refusal('print.teachingLoad', { academicYearId: school.yearId })).toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await school.office.call('users.update', { id: user.id, fullName: user.fullName, roles: user.roles, staffId: user.staffId });
    }
  });

  it("prints a graduate's personal file: data, documents, guardians, class history with orders, year grades, attendance", async () => {
    const printout = await school.office.call('print.personalFile', { studentId: school.students['Бондар'] });
    const text = flat(pagesText(printout.pdfBase64).join('\n'));
    expect(printout.document.kind).toBe('personal-file');
    expect(text).toContain('Дата народження: 11.04.2008');
    expect(text).toContain('Свідоцтво про народження II-ЖК 200001');
    expect(text).toContain('Бондар Марія мати +380501112233');
    expect(text).toMatch(/01\.09\.2025 15\.06\.2026 випущено \(завершив здобуття освіти\) № \d+ від 15\.06\.2026/);
    expect(text).toContain('2025/2026 11-А Українська мова 12');
    expect(text).toContain('2025/2026 11-А Математика 11');
    expect(text).toContain('2025/2026 0/0');
  });

  it('prints the teaching-load report: teachers alphabetically, their classes, subjects and hours, with totals', async () => {
    const printout = await school.office.call('print.teachingLoad', { academicYearId: school.yearId });
    const rows = pagesText(printout.pdfBase64, { layout: true })[0]!.split('\n').map((line) => line.trim().replace(/\s{2,}/g, ' | '));
    const kravchenko = rows.indexOf('1 | Кравченко Микола Степанович | 5-А | Математика | 4');
    expect(rows.slice(kravchenko, kravchenko + 6)).toEqual([
      '1 | Кравченко Микола Степанович | 5-А | Математика | 4',
      '1 | Кравченко Микола Степанович | 5-А | Українська мова | 3',
      '1 | Кравченко Микола Степанович | 11-А | Математика | 4',
      '1 | Кравченко Микола Степанович | 11-А | Українська мова | 3',
      'Разом | 14',
      '2 | Ткаченко Ганна Олегівна | 11-А | Історія України | 2',
    ]);
    expect(rows).toContain('Усього по закладу | 16');
  });

  it("writes a Kyrgyz school's documents in its language of instruction: Russian by default, Kyrgyz when set", async () => {
    const { school: details } = await school.office.call('school.get', {});
    try {
      await school.office.call('school.update', { school: { ...details, country: 'KG' } });
      const russian = await ledger(school.classIds.fifth);
      expect(flat(russian.pages[0]!)).toContain('Сводная ведомость учебных достижений учащихся 5-А класса за 2025/2026 уч. г.');
      expect(russian.pages[0]).toContain('Страница 1 из 1');
      await school.office.call('school.update', { school: { ...details, country: 'KG', instructionLanguage: 'ky' } });
      const kyrgyz = await ledger(school.classIds.fifth);
      expect(flat(kyrgyz.pages[0]!)).toContain('5-А классынын окуучуларынын 2025/2026 окуу жылындагы');
      expect(flat(kyrgyz.pages[0]!)).toContain('кайра окууга калтырылды');
      expect(kyrgyz.pages[0]).toContain('1-бет / 1');
      const load = flat(pagesText((await school.office.call('print.teachingLoad', { academicYearId: school.yearId })).pdfBase64)[0]!);
      expect(load).toContain('мугалимдердин педагогикалык жүктөмү');
      const personalFile = flat(pagesText((await school.office.call('print.personalFile', { studentId: school.students['Бондар'] })).pdfBase64)[0]!);
      expect(personalFile).toContain('Окуучунун өздүк делосу');
    } finally {
      await school.office.call('school.update', { school: details });
    }
  });

  it('writes the Excel copy of a ledger with the same header and rows', async () => {
    const { manifest, folder } = await school.office.call('archive.build', { academicYearId: school.yearId });
    const entry = manifest.documents.find((d) => d.kind === 'class-ledger' && d.file.endsWith('.xlsx') && d.title.includes('11-А'))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(`${folder}/${entry.file}`);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).text).toContain(entry.verificationCode);
    expect(sheet.getRow(3).getCell(2).text).toBe('Прізвище, ім’я, по батькові');
    expect(sheet.getRow(4).getCell(2).text).toBe('Бондар Олена Іванівна');
  });
});
