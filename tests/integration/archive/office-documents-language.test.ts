import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { School } from '../../../core/schemas/school';
import { student } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';
import { enrolStudents, numberedSurnames } from '../../fixtures/print/enrolled-students';
import { pagesText } from '../../fixtures/print/pdf-text';

type Language = 'uk' | 'ru' | 'ky';

/** The page's words on one line, however pdftotext broke the table's cells. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A column head as pdftotext reads it: the words of a head wrapped in its narrow cell come in order, but the line
 * after the break may be read after the next cell's first line («Буйрук Датасы №»).
 */
const columnHead = (head: string) => new RegExp(head.split(' ').map(escaped).join('(?: \\S+){0,2} '));

function expectColumnHeads(page: string, heads: readonly string[]) {
  for (const head of heads) expect(page).toMatch(columnHead(head));
}

/** What the office documents say in each language; the Ukrainian words are those printed before KG schools had theirs. */
const expected = {
  uk: {
    order: { title: 'Наказ № 3 від 20.11.2025', heading: 'НАКАЗ', formula: 'НАКАЗУЮ:', subject: 'Про переведення учнів до іншого класу' },
    orderHeads: ['№', 'Учень', 'З класу', 'До класу', 'Підстава'],
    basis: 'заява батьків від 18.11.2025',
    classListTitle: 'Список учнів 5-А класу, 2025/2026 н. р.',
    classListHeads: ['№', 'Прізвище, ім’я, по батькові', 'Дата народження', 'Стать'],
    classListTotal: 'Усього: 1 (хлопців — 1, дівчат — 0)',
    alphabetBookTitle: 'Алфавітна книга запису учнів',
    alphabetBookHeads: ['Особова справа', 'Прізвище, ім’я, по батькові', 'Дата народження', 'Зараховано', 'Вибув'],
    registerTitle: 'Книга наказів з руху учнів, 2025/2026 н. р.',
    registerHeads: ['№ наказу', 'Дата', 'Зміст', 'Учень', 'З класу → до класу', 'Підстава'],
    classOrder: 'Зарахувати до 6-В класу (21):',
  },
  ru: {
    order: { title: 'Приказ № 3 от 20.11.2025', heading: 'ПРИКАЗ', formula: 'ПРИКАЗЫВАЮ:', subject: 'О переводе учащихся в другой класс' },
    orderHeads: ['№', 'Учащийся', 'Из класса', 'В класс', 'Основание'],
    basis: 'заявление родителей от 18.11.2025',
    classListTitle: 'Список учащихся 5-А класса, 2025/2026 уч. г.',
    classListHeads: ['№', 'Фамилия, имя, отчество', 'Дата рождения', 'Пол'],
    classListTotal: 'Всего: 1 (мальчиков — 1, девочек — 0)',
    alphabetBookTitle: 'Алфавитная книга записи учащихся',
    alphabetBookHeads: ['Личное дело', 'Фамилия, имя, отчество', 'Дата рождения', 'Зачислен(а)', 'Выбыл(а)'],
    registerTitle: 'Книга приказов по движению учащихся, 2025/2026 уч. г.',
    registerHeads: ['Приказ №', 'Дата', 'Содержание', 'Учащийся', 'Из класса → в класс', 'Основание'],
    classOrder: 'Зачислить в 6-В класс (21):',
  },
  ky: {
    order: { title: 'Буйрук № 3, 20.11.2025', heading: 'БУЙРУК', formula: 'БУЙРУК КЫЛАМ:', subject: 'Окуучуларды башка класска которуу жөнүндө' },
    orderHeads: ['№', 'Окуучу', 'Мурунку класс', 'Жаңы класс', 'Негиз'],
    basis: 'ата-энелердин 18.11.2025 арызы',
    classListTitle: '5-А классынын окуучуларынын тизмеси, 2025/2026 окуу жылы',
    classListHeads: ['№', 'Фамилиясы, аты, атасынын аты', 'Туулган күнү', 'Жынысы'],
    classListTotal: 'Бардыгы: 1 (эркек балдар — 1, кыз балдар — 0)',
    alphabetBookTitle: 'Окуучуларды каттоонун алфавиттик китеби',
    alphabetBookHeads: ['Өздүк дело', 'Фамилиясы, аты, атасынын аты', 'Туулган күнү', 'Кабыл алынган', 'Чыгып кеткен'],
    registerTitle: 'Окуучулардын кыймылы боюнча буйруктар китеби, 2025/2026 окуу жылы',
    registerHeads: ['Буйрук №', 'Датасы', 'Мазмуну', 'Окуучу', 'Класстан → класска', 'Негиз'],
    classOrder: '6-В классына кабыл алынсын (21):',
  },
} satisfies Record<Language, unknown>;

const schoolIn: Record<Language, (details: School) => School> = {
  uk: (details) => details,
  ru: (details) => ({ ...details, country: 'KG', instructionLanguage: 'ru' }),
  ky: (details) => ({ ...details, country: 'KG', instructionLanguage: 'ky' }),
};

const languages = ['uk', 'ru', 'ky'] as const;

/**
 * Orders, the class list, the alphabet book and the orders register (issue 11, item 1): a KG school prints them in its
 * language of instruction, Russian or Kyrgyz; a UA school in Ukrainian, as before.
 */
describe("the office documents in the school's language", () => {
  let t: Office;
  let classId: string;
  let yearId: string;
  let transferId: string;
  beforeEach(async () => {
    t = await openOffice();
    classId = (await t.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    const otherClass = (await t.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    yearId = (await t.call('academicYears.list', {})).years.find((y) => y.label === '2025/2026')?.id ?? '';
    const [moved = ''] = await enrolStudents(t, classId, numberedSurnames(2));
    const basis = { kind: 'parents_application', date: '2025-11-18' } as const;
    transferId = (await t.call('orders.create', { date: '2025-11-20', kind: 'transfer', items: [{ studentId: moved, toClassId: otherClass }], basis })).order.id;
  });
  afterEach(() => t.dispose());

  async function printIn(language: Language, method: 'print.order' | 'print.classList' | 'print.alphabetBook' | 'print.ordersRegister') {
    const { school } = await t.call('school.get', {});
    await t.call('school.update', { school: schoolIn[language](school) });
    const input = { 'print.order': { id: transferId }, 'print.classList': { id: classId }, 'print.alphabetBook': {}, 'print.ordersRegister': { academicYearId: yearId } }[method];
    const printout = await t.call(method, input as never);
    return { title: printout.document.title, firstPage: flat(pagesText(printout.pdfBase64)[0] ?? '') };
  }

  it.each(languages)('prints an order in %s: its title, heading, subject, formula, column heads and basis', async (language) => {
    const words = expected[language];
    const { title, firstPage } = await printIn(language, 'print.order');
    expect(title).toBe(words.order.title);
    expect(firstPage).toContain(`${words.order.heading} 20.11.2025 № 3 ${words.order.subject} ${words.order.formula}`);
    expectColumnHeads(firstPage, words.orderHeads);
    expect(firstPage).toContain(words.basis);
  });

  it.each(languages)('prints the class list in %s: its title, column heads and total', async (language) => {
    const words = expected[language];
    const { title, firstPage } = await printIn(language, 'print.classList');
    expect(title).toBe(words.classListTitle);
    expect(firstPage).toContain(`${words.classListTitle} `);
    expectColumnHeads(firstPage, words.classListHeads);
    expect(firstPage).toContain(words.classListTotal);
  });

  it.each(languages)('prints the alphabet book in %s: its title and column heads', async (language) => {
    const words = expected[language];
    const { title, firstPage } = await printIn(language, 'print.alphabetBook');
    expect(title).toBe(words.alphabetBookTitle);
    expect(firstPage).toContain(`${words.alphabetBookTitle} `);
    expectColumnHeads(firstPage, words.alphabetBookHeads);
  });

  it.each(languages)('prints the orders register in %s: its title, column heads and the subjects of its orders', async (language) => {
    const words = expected[language];
    const { title, firstPage } = await printIn(language, 'print.ordersRegister');
    expect(title).toBe(words.registerTitle);
    expect(firstPage).toContain(`${words.registerTitle} `);
    expectColumnHeads(firstPage, words.registerHeads);
    expect(firstPage).toContain(words.order.subject);
  });

  it.each(languages)('words what a long order of whole classes orders for each class in %s', async (language) => {
    const newClass = (await t.createClass({ academicYear: '2025/2026', grade: 6, label: '6-В' })).id;
    const ids: string[] = [];
    for (const [i, name] of numberedSurnames(21).entries()) {
      ids.push((await t.call('students.save', { card: student(`Коваль${name}`, 'Петро', 'Іванович', String(600_000 + i)) })).meta.id);
    }
    const { order } = await t.call('orders.create', { date: '2025-11-20', kind: 'enroll', items: ids.map((studentId) => ({ studentId, toClassId: newClass })) });
    transferId = order.id;
    const { firstPage } = await printIn(language, 'print.order');
    expect(firstPage).toContain(expected[language].classOrder);
  });
});
