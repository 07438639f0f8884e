import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ClassMember } from '../../../core/api/classes-api';
import { typedWorkbook } from '../../../renderer/src/files/typed-workbook';
import { classListSheet } from '../../../renderer/src/screens/academic/classes/class-members';

const t = ((key: string) => key) as unknown as TFunction;
const member: ClassMember = {
  enrollmentId: '00000000-0000-4000-8000-000000000001',
  studentId: '00000000-0000-4000-8000-000000000002',
  name: 'Антонюк Іванна Петрівна',
  birthDate: '2013-05-10',
  sex: 'F',
  from: '2025-09-01',
  to: null,
  reason: 'admitted',
  orderId: null,
  current: true,
};

/** The class list as Excel reads it back from the saved file. */
async function savedSheet(members: ClassMember[]): Promise<ExcelJS.Worksheet> {
  const { columns, rows } = classListSheet(t, members);
  const buffer = await typedWorkbook(new ExcelJS.Workbook(), 'Список', columns, rows).xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer);
  const sheet = read.getWorksheet('Список');
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('the class list in Excel', () => {
  it('has a narrow № column and a names column wide enough for a full name', async () => {
    const sheet = await savedSheet([member]);
    expect(sheet.getColumn(1).width).toBeLessThanOrEqual(6);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(member.name.length);
  });

  it('holds the number as a number and the dates as dates shown DD.MM.YYYY', async () => {
    const row = (await savedSheet([member])).getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(3).value).toEqual(new Date(Date.UTC(2013, 4, 10)));
    expect(row.getCell(3).numFmt).toBe('dd.mm.yyyy');
  });

  it('keeps a birth date that is no real date as the text typed', async () => {
    const row = (await savedSheet([{ ...member, birthDate: '31.02.2013' }])).getRow(2);
    expect(row.getCell(3).value).toBe('31.02.2013');
  });
});
