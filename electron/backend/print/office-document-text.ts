import type { OrderBasis, OrderKind, WithdrawalReason } from '../../../core/academic/order';
import type { DocumentLanguage } from '../../../core/archive/document-content';
import { displayDate } from '../../../core/rules/calendar';

/** What a long order of whole classes orders for one class, before that class's list of names. */
export type ClassOrderKind = 'enroll' | 'promote' | 'repeat' | 'graduate';

/**
 * The words of the office's documents (orders, class list, alphabet book, orders register) in the school's language
 * (DESIGN §8): Ukrainian for UA schools, Russian or Kyrgyz for KG schools, as archive-document-text.ts has them for the
 * year documents. Names, class labels and dates are the school's data and stay as entered.
 */
export interface OfficeDocumentText {
  orderHeading: string;
  /** The formula that opens what the director orders («НАКАЗУЮ:»). */
  orderFormula: string;
  orderTitle(number: number, date: string): string;
  orderSubjects: Record<OrderKind, string>;
  withdrawalReasons: Record<WithdrawalReason, string>;
  councilDecision(date: string, protocolNumber: string): string;
  parentsApplication(date: string): string;
  studentApplication(date: string): string;
  basisLine(basis: string): string;
  classOrder: Record<ClassOrderKind, (from: string, to: string) => string>;
  numberedName: string;
  total(n: number): string;
  number: string;
  student: string;
  fromClass: string;
  toClass: string;
  basis: string;
  /** The order a revocation cancels, or the bare word when it names none. */
  revokedOrder(ref: { number: number; date: string } | null): string;
  revocation(revoked: string): string;
  fullName: string;
  birthDate: string;
  sex: string;
  sexes: { M: string; F: string };
  homeroomTeacher: string;
  asOf(date: string): string;
  classListTitle(classLabel: string, year: string): string;
  classTotal(total: number, boys: number, girls: number): string;
  alphabetBookTitle: string;
  personalFile: string;
  enrolled: string;
  left: string;
  registerTitle(year: string): string;
  registerSpan(start: string, end: string, orders: number): string;
  orderNumber: string;
  date: string;
  contents: string;
  fromToClass: string;
}

export const officeDocumentText: Readonly<Record<DocumentLanguage, OfficeDocumentText>> = {
  uk: {
    orderHeading: 'НАКАЗ',
    orderFormula: 'НАКАЗУЮ:',
    orderTitle: (n, date) => `Наказ № ${n} від ${date}`,
    orderSubjects: {
      enroll: 'Про зарахування учнів',
      transfer: 'Про переведення учнів до іншого класу',
      withdraw: 'Про вибуття учнів',
      graduate: 'Про випуск учнів',
      promote: 'Про переведення учнів до наступного класу',
      repeat: 'Про залишення учнів на повторне навчання',
      revoke: 'Про скасування наказу',
    },
    withdrawalReasons: {
      completed_education: 'завершення здобуття освіти',
      enrolled_elsewhere: 'зарахування до іншого закладу освіти',
      transferred: 'переведення',
      moved_abroad: 'виїзд за кордон',
      other: 'інше',
    },
    councilDecision: (date, protocol) => `рішення педагогічної ради (протокол від ${date} № ${protocol})`,
    parentsApplication: (date) => `заява батьків від ${date}`,
    studentApplication: (date) => `заява учня від ${date}`,
    basisLine: (basis) => `Підстава: ${basis}`,
    classOrder: {
      enroll: (_from, to) => `Зарахувати до ${to} класу`,
      graduate: (from) => `Випустити учнів ${from} класу у зв’язку із завершенням здобуття освіти`,
      promote: (from, to) => `Перевести учнів ${from} класу до ${to} класу`,
      repeat: (from, to) => `Залишити на повторне навчання в ${to} класі учнів ${from} класу`,
    },
    numberedName: '№, прізвище, ім’я, по батькові',
    total: (n) => `Усього: ${n}`,
    number: '№',
    student: 'Учень',
    fromClass: 'З класу',
    toClass: 'До класу',
    basis: 'Підстава',
    revokedOrder: (ref) => (ref ? `наказ № ${ref.number} від ${displayDate(ref.date)}` : 'наказ'),
    revocation: (revoked) => `1. Скасувати ${revoked}; рух учнів, визначений ним, вважати таким, що не відбувся.`,
    fullName: 'Прізвище, ім’я, по батькові',
    birthDate: 'Дата народження',
    sex: 'Стать',
    sexes: { M: 'ч', F: 'ж' },
    homeroomTeacher: 'Класний керівник',
    asOf: (date) => `станом на ${date}`,
    classListTitle: (cls, year) => `Список учнів ${cls} класу, ${year} н. р.`,
    classTotal: (total, boys, girls) => `Усього: ${total} (хлопців — ${boys}, дівчат — ${girls})`,
    alphabetBookTitle: 'Алфавітна книга запису учнів',
    personalFile: 'Особова справа',
    enrolled: 'Зараховано',
    left: 'Вибув',
    registerTitle: (year) => `Книга наказів з руху учнів, ${year} н. р.`,
    registerSpan: (start, end, orders) => `${start} — ${end} · наказів: ${orders}`,
    orderNumber: '№ наказу',
    date: 'Дата',
    contents: 'Зміст',
    fromToClass: 'З класу → до класу',
  },
  ru: {
    orderHeading: 'ПРИКАЗ',
    orderFormula: 'ПРИКАЗЫВАЮ:',
    orderTitle: (n, date) => `Приказ № ${n} от ${date}`,
    orderSubjects: {
      enroll: 'О зачислении учащихся',
      transfer: 'О переводе учащихся в другой класс',
      withdraw: 'О выбытии учащихся',
      graduate: 'О выпуске учащихся',
      promote: 'О переводе учащихся в следующий класс',
      repeat: 'Об оставлении учащихся на повторное обучение',
      revoke: 'Об отмене приказа',
    },
    withdrawalReasons: {
      completed_education: 'завершение обучения',
      enrolled_elsewhere: 'зачисление в другую образовательную организацию',
      transferred: 'перевод',
      moved_abroad: 'выезд за пределы страны',
      other: 'другое',
    },
    councilDecision: (date, protocol) => `решение педагогического совета (протокол от ${date} № ${protocol})`,
    parentsApplication: (date) => `заявление родителей от ${date}`,
    studentApplication: (date) => `заявление учащегося от ${date}`,
    basisLine: (basis) => `Основание: ${basis}`,
    classOrder: {
      enroll: (_from, to) => `Зачислить в ${to} класс`,
      graduate: (from) => `Выпустить учащихся ${from} класса в связи с завершением обучения`,
      promote: (from, to) => `Перевести учащихся ${from} класса в ${to} класс`,
      repeat: (from, to) => `Оставить на повторное обучение в ${to} классе учащихся ${from} класса`,
    },
    numberedName: '№, фамилия, имя, отчество',
    total: (n) => `Всего: ${n}`,
    number: '№',
    student: 'Учащийся',
    fromClass: 'Из класса',
    toClass: 'В класс',
    basis: 'Основание',
    revokedOrder: (ref) => (ref ? `приказ № ${ref.number} от ${displayDate(ref.date)}` : 'приказ'),
    revocation: (revoked) => `1. Отменить ${revoked}; движение учащихся, определённое им, считать несостоявшимся.`,
    fullName: 'Фамилия, имя, отчество',
    birthDate: 'Дата рождения',
    sex: 'Пол',
    sexes: { M: 'м', F: 'ж' },
    homeroomTeacher: 'Классный руководитель',
    asOf: (date) => `по состоянию на ${date}`,
    classListTitle: (cls, year) => `Список учащихся ${cls} класса, ${year} уч. г.`,
    classTotal: (total, boys, girls) => `Всего: ${total} (мальчиков — ${boys}, девочек — ${girls})`,
    alphabetBookTitle: 'Алфавитная книга записи учащихся',
    personalFile: 'Личное дело',
    enrolled: 'Зачислен(а)',
    left: 'Выбыл(а)',
    registerTitle: (year) => `Книга приказов по движению учащихся, ${year} уч. г.`,
    registerSpan: (start, end, orders) => `${start} — ${end} · приказов: ${orders}`,
    orderNumber: 'Приказ №',
    date: 'Дата',
    contents: 'Содержание',
    fromToClass: 'Из класса → в класс',
  },
  ky: {
    orderHeading: 'БУЙРУК',
    orderFormula: 'БУЙРУК КЫЛАМ:',
    orderTitle: (n, date) => `Буйрук № ${n}, ${date}`,
    orderSubjects: {
      enroll: 'Окуучуларды кабыл алуу жөнүндө',
      transfer: 'Окуучуларды башка класска которуу жөнүндө',
      withdraw: 'Окуучулардын чыгып кетиши жөнүндө',
      graduate: 'Окуучуларды бүтүрүү жөнүндө',
      promote: 'Окуучуларды кийинки класска которуу жөнүндө',
      repeat: 'Окуучуларды кайра окууга калтыруу жөнүндө',
      revoke: 'Буйрукту жокко чыгаруу жөнүндө',
    },
    withdrawalReasons: {
      completed_education: 'билим алууну аяктаганы',
      enrolled_elsewhere: 'башка билим берүү уюмуна кабыл алынганы',
      transferred: 'которулганы',
      moved_abroad: 'өлкөдөн чыгып кеткени',
      other: 'башка',
    },
    councilDecision: (date, protocol) => `педагогикалык кеңештин чечими (${date} № ${protocol} протокол)`,
    parentsApplication: (date) => `ата-энелердин ${date} арызы`,
    studentApplication: (date) => `окуучунун ${date} арызы`,
    basisLine: (basis) => `Негиз: ${basis}`,
    classOrder: {
      enroll: (_from, to) => `${to} классына кабыл алынсын`,
      graduate: (from) => `${from} классынын окуучулары билим алууну аяктаганына байланыштуу бүтүрүлсүн`,
      promote: (from, to) => `${from} классынын окуучулары ${to} классына которулсун`,
      repeat: (from, to) => `${from} классынын окуучулары ${to} классында кайра окууга калтырылсын`,
    },
    numberedName: '№, фамилиясы, аты, атасынын аты',
    total: (n) => `Бардыгы: ${n}`,
    number: '№',
    student: 'Окуучу',
    fromClass: 'Мурунку класс',
    toClass: 'Жаңы класс',
    basis: 'Негиз',
    revokedOrder: (ref) => (ref ? `${displayDate(ref.date)} № ${ref.number} буйрук` : 'буйрук'),
    revocation: (revoked) => `1. ${revoked} жокко чыгарылсын; ал аныктаган окуучулардын кыймылы болбогон деп эсептелсин.`,
    fullName: 'Фамилиясы, аты, атасынын аты',
    birthDate: 'Туулган күнү',
    sex: 'Жынысы',
    sexes: { M: 'э', F: 'к' },
    homeroomTeacher: 'Класс жетекчи',
    asOf: (date) => `${date} карата`,
    classListTitle: (cls, year) => `${cls} классынын окуучуларынын тизмеси, ${year} окуу жылы`,
    classTotal: (total, boys, girls) => `Бардыгы: ${total} (эркек балдар — ${boys}, кыз балдар — ${girls})`,
    alphabetBookTitle: 'Окуучуларды каттоонун алфавиттик китеби',
    personalFile: 'Өздүк дело',
    enrolled: 'Кабыл алынган',
    left: 'Чыгып кеткен',
    registerTitle: (year) => `Окуучулардын кыймылы боюнча буйруктар китеби, ${year} окуу жылы`,
    registerSpan: (start, end, orders) => `${start} — ${end} · буйруктар: ${orders}`,
    orderNumber: 'Буйрук №',
    date: 'Датасы',
    contents: 'Мазмуну',
    fromToClass: 'Класстан → класска',
  },
};

/** The basis of an order as it is written in the order: «рішення педагогічної ради (протокол від 29.05.2026 № 7)». */
export function basisText(words: OfficeDocumentText, basis: OrderBasis): string {
  switch (basis.kind) {
    case 'council_decision':
      return words.councilDecision(displayDate(basis.date), basis.protocolNumber);
    case 'parents_application':
      return words.parentsApplication(displayDate(basis.date));
    case 'student_application':
      return words.studentApplication(displayDate(basis.date));
    case 'other':
      return basis.text;
  }
}

/** The basis of one item as the order states it: the reason, for a leaver the school they go to, and the order's basis. */
export function itemBasis(
  words: OfficeDocumentText,
  item: { reason: WithdrawalReason | null; destinationSchool?: string | null | undefined },
  basis: OrderBasis | null = null,
): string {
  const reason = [item.reason ? words.withdrawalReasons[item.reason] : '', item.destinationSchool ?? ''].filter(Boolean).join(': ');
  return [reason, basis ? basisText(words, basis) : ''].filter(Boolean).join('; ') || '—';
}
