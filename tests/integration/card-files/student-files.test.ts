import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filledTemplate, readSheet, sheetBase64 } from '../../fixtures/card-files/card-sheet';
import { fullStudentCard } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';

/** Two first-graders of 1-А as a secretary types them into the template. */
const olena = { 'Прізвище *': 'Коваленко', "Ім'я *": 'Олена', 'Дата народження *': new Date(Date.UTC(2019, 2, 12)), 'Стать (Ч/Ж) *': 'Ж', Клас: '1-А', Документ: 'Свідоцтво про народження', 'Серія документа': 'I-БК', 'Номер документа': '123456' };
const ivan = { 'Прізвище *': 'Бондар', "Ім'я *": 'Іван', 'Дата народження *': '15.07.2019', 'Стать (Ч/Ж) *': 'Ч', Клас: '1-А', 'Серія документа': 'II-ЖК', 'Номер документа': '654321', 'Представник 1: ким доводиться': 'Мати', 'Представник 1: прізвище': 'Бондар', "Представник 1: ім'я": 'Ганна' };

describe('student cards from Excel', () => {
  let office: Office;
  let template: string;
  beforeEach(async () => {
    office = await openOffice();
    await office.createClass({ academicYear: '2025/2026', grade: 1, label: '1-А' });
    template = (await office.call('studentFiles.template', {})).fileBase64;
  });
  afterEach(() => office.dispose());

  const importRows = async (rows: Parameters<typeof filledTemplate>[1], apply: boolean) =>
    office.call('studentFiles.import', { fileBase64: await filledTemplate(template, rows), apply });

  it('gives a template with the Ukrainian header, the required columns marked', async () => {
    const { header } = await readSheet(template);
    expect(header.slice(0, 7)).toEqual(['Прізвище *', "Ім'я *", 'По батькові', 'Дата народження *', 'Стать (Ч/Ж) *', 'Громадянство', 'Клас']);
  });

  it('previews a filled template without storing a card', async () => {
    const preview = await importRows([olena, ivan], false);
    const { total } = await office.call('students.list', {});
    expect([preview.cards, preview.problems, preview.enrolled, preview.imported, total]).toEqual([2, [], 2, 0, 0]);
  });

  it('imports every card, admits the students with a class by one enrollment order, after a backup', async () => {
    const result = await importRows([olena, ivan], true);
    const { rows } = await office.call('students.list', { classId: undefined });
    const { orders } = await office.call('orders.list', {});
    expect([result.imported, rows.map((r) => `${r.lastName} ${r.className}`), orders.map((o) => [o.number, o.items.length])]).toEqual([
      2,
      ['Бондар 1-А', 'Коваленко 1-А'],
      [[result.orderNumber, 2]],
    ]);
    expect(existsSync(result.backupPath ?? '')).toBe(true);
  });

  it('reads the representatives and the document of a row into the card', async () => {
    await importRows([ivan], true);
    const [row] = (await office.call('students.list', {})).rows;
    const { card } = await office.call('students.get', { id: row?.id ?? '' });
    expect([card.documents, card.guardians.map((g) => `${g.relation} ${g.lastName} ${g.firstName}`), card.birthDate]).toEqual([
      [{ type: 'birth_certificate', series: 'II-ЖК', number: '654321' }],
      ['mother Бондар Ганна'],
      '2019-07-15',
    ]);
  });

  it('names every bad row and cell, and stores nothing', async () => {
    const result = await importRows([olena, { ...ivan, 'Стать (Ч/Ж) *': 'X' }, { ...ivan, 'Прізвище *': 'Bondar', 'Номер документа': '111111' }, { ...olena, Клас: '9-Я', 'Номер документа': '222222' }], true);
    const { total } = await office.call('students.list', {});
    expect(result.problems.map((p) => [p.row, p.column, p.reason, p.issue?.code])).toEqual([
      [3, 'Стать (Ч/Ж)', 'VALUE_UNKNOWN', undefined],
      [4, 'Прізвище', 'CHECK', 'FORMAT'],
      [5, 'Клас', 'CLASS_UNKNOWN', undefined],
    ]);
    expect([result.imported, total]).toEqual([0, 0]);
  });

  it('names a row holding the document of an earlier row', async () => {
    const { problems } = await importRows([olena, { ...olena, "Ім'я *": 'Оля' }], false);
    expect(problems).toEqual([{ row: 3, column: 'Номер документа', reason: 'DUPLICATE', duplicateOf: 2 }]);
  });

  it('refuses a card whose document another card of the school holds, as the editor marks it', async () => {
    await importRows([olena], true);
    const { problems } = await importRows([{ ...olena, 'Прізвище *': 'Коваль' }], false);
    expect(problems.map((p) => [p.row, p.column, p.issue?.code])).toEqual([[2, 'Номер документа', 'DUPLICATE_IN_SCHOOL']]);
  });

  it('imports a card without a document, marked as a save marks it', async () => {
    const result = await importRows([{ ...ivan, 'Серія документа': null, 'Номер документа': null }], true);
    const [row] = (await office.call('students.list', {})).rows;
    expect([result.imported, result.withIssues, row?.status]).toEqual([1, 1, 'error']);
  });

  it('names a header it does not know and a required column missing', async () => {
    const fileBase64 = await sheetBase64([['Прізвище', 'Дата народження', 'Стать', 'Улюблений колір'], ['Бондар', '15.07.2019', 'Ч', 'синій']]);
    const { problems } = await office.call('studentFiles.import', { fileBase64, apply: false });
    expect(problems).toEqual([
      { row: 1, column: "Ім'я", reason: 'COLUMN_MISSING' },
      { row: 1, column: 'Улюблений колір', reason: 'COLUMN_UNKNOWN' },
    ]);
  });

  it('reports a file that is not an Excel workbook', async () => {
    const { problems } = await office.call('studentFiles.import', { fileBase64: Buffer.from('not a workbook').toString('base64'), apply: true });
    expect(problems).toEqual([{ row: 0, reason: 'FILE_UNREADABLE' }]);
  });

  it('exports the whole list with dates as dates and reads its own export back', async () => {
    const saved = await office.call('students.save', { card: fullStudentCard() });
    const { fileBase64 } = await office.call('studentFiles.export', {});
    const { header, rows, sheet } = await readSheet(fileBase64);
    const birthDate = sheet.getCell(2, header.indexOf('Дата народження *') + 1);
    expect([rows.length, birthDate.value, birthDate.numFmt]).toEqual([1, new Date(Date.UTC(2015, 2, 14)), 'dd.mm.yyyy']);

    const other = await openOffice();
    try {
      await other.call('studentFiles.import', { fileBase64, apply: true });
      const [row] = (await other.call('students.list', {})).rows;
      const { card } = await other.call('students.get', { id: row?.id ?? '' });
      const { photo: _photo, ...original } = (await office.call('students.get', { id: saved.meta.id })).card;
      expect(card).toEqual(original);
    } finally {
      other.dispose();
    }
  });
});
