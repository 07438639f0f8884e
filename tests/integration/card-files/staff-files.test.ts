import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filledTemplate, readSheet } from '../../fixtures/card-files/card-sheet';
import { fullStaffCard } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';

describe('staff cards from Excel', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openOffice();
  });
  afterEach(() => office.dispose());

  it('exports the whole staff list with the tax number in full and reads its own export back', async () => {
    const saved = await office.call('staff.save', { card: fullStaffCard() });
    const { fileBase64 } = await office.call('staffFiles.export', {});
    const { header, rows } = await readSheet(fileBase64);
    expect(rows[0]?.[header.indexOf('РНОКПП')]).toBe(fullStaffCard().taxId);

    const other = await openOffice();
    try {
      const result = await other.call('staffFiles.import', { fileBase64, apply: true });
      const [row] = (await other.call('staff.list', {})).rows;
      const { card } = await other.call('staff.get', { id: row?.id ?? '' });
      expect([result.imported, card]).toEqual([1, (await office.call('staff.get', { id: saved.meta.id })).card]);
    } finally {
      other.dispose();
    }
  });

  it('refuses a dismissal before the hiring, naming the row and the cell', async () => {
    const { fileBase64: template } = await office.call('staffFiles.template', {});
    const fileBase64 = await filledTemplate(template, [
      { 'Прізвище *': 'Гончар', "Ім'я *": 'Ірина', 'Дата народження *': '02.02.1982', 'Посада *': 'Вчитель', 'Дата прийняття на роботу': '01.09.2020', 'Дата звільнення': '30.06.2019' },
    ]);
    const { problems, imported } = await office.call('staffFiles.import', { fileBase64, apply: true });
    expect([imported, problems.map((p) => [p.row, p.column, p.issue?.code])]).toEqual([0, [[2, 'Дата звільнення', 'DATE_BEFORE']]]);
  });
});
