import type { DocumentLanguage } from '../../../core/archive/document-content';

/** What a year-end decision says of a student in the ledger and the personal file. */
export type YearDecision = 'promote' | 'repeat' | 'graduate' | 'withdraw';

/**
 * The words of the archive's year documents (class ledger, personal file, teaching-load report) in the school's
 * language (DESIGN §8): Ukrainian for UA schools, Russian or Kyrgyz for KG schools. The stamp's own words are in
 * stamp-text.ts.
 */
export interface ArchiveDocumentText {
  schoolCode: string;
  director: string;
  yearSuffix: string;
  ledgerTitle(classLabel: string, year: string): string;
  homeroomTeacher: string;
  number: string;
  student: string;
  /** The ledger's attendance column: lessons missed, of them excused. */
  missedExcused: string;
  decision: string;
  order: string;
  orderRef(number: number, date: string): string;
  decisions: Record<YearDecision, (toClass: string | null, date: string) => string>;
  /** How a cell of the ledger reads: the periods, the year, the exam. */
  gradeLegend(periods: string[]): string;
  yearGrade: string;
  examGrade: string;
  notAssessed: string;
  exempt: string;
  studentsCount(n: number): string;
  personalFileTitle(name: string, fileNumber: string | null): string;
  personalData: string;
  birthDate: string;
  sex: string;
  sexes: { M: string; F: string };
  citizenship: string;
  taxId: string;
  address: string;
  phone: string;
  documents: string;
  documentKind: string;
  documentTypes: Record<'birth_certificate' | 'passport' | 'id_card' | 'foreign_document', string>;
  documentNumber: string;
  issued: string;
  guardians: string;
  relation: string;
  relations: Record<'mother' | 'father' | 'guardian' | 'grandparent' | 'other', string>;
  contact: string;
  classHistory: string;
  classColumn: string;
  from: string;
  to: string;
  yearGrades: string;
  subject: string;
  attendance: string;
  year: string;
  loadTitle(year: string): string;
  teacher: string;
  classes: string;
  hoursPerWeek: string;
  total: string;
  schoolTotal: string;
}

export const archiveDocumentText: Readonly<Record<DocumentLanguage, ArchiveDocumentText>> = {
  uk: {
    schoolCode: 'Код ЄДРПОУ',
    director: 'Директор',
    yearSuffix: 'н. р.',
    ledgerTitle: (cls, year) => `Зведена відомість навчальних досягнень учнів ${cls} класу за ${year} н. р.`,
    homeroomTeacher: 'Класний керівник',
    number: '№',
    student: 'Прізвище, ім’я, по батькові',
    missedExcused: 'Пропущено уроків / з них з поважних причин',
    decision: 'Рішення педагогічної ради',
    order: 'Наказ',
    orderRef: (n, date) => `№ ${n} від ${date}`,
    decisions: {
      promote: (to) => (to ? `переведено до ${to} класу` : 'переведено до наступного класу'),
      repeat: () => 'залишено на повторне навчання',
      graduate: () => 'випущено (завершив здобуття освіти)',
      withdraw: (_to, date) => `вибув ${date}`,
    },
    gradeLegend: (periods) => `У клітинці: ${periods.join(', ')}; Р — річна оцінка; Е — оцінка за екзамен (ДПА).`,
    yearGrade: 'Р',
    examGrade: 'Е',
    notAssessed: 'н/а',
    exempt: 'зв.',
    studentsCount: (n) => `Учнів у відомості: ${n}`,
    personalFileTitle: (name, file) => `Особова справа учня${file ? ` № ${file}` : ''}: ${name}`,
    personalData: 'Особові дані',
    birthDate: 'Дата народження',
    sex: 'Стать',
    sexes: { M: 'чоловіча', F: 'жіноча' },
    citizenship: 'Громадянство',
    taxId: 'РНОКПП',
    address: 'Адреса',
    phone: 'Телефон',
    documents: 'Документи',
    documentKind: 'Документ',
    documentTypes: { birth_certificate: 'Свідоцтво про народження', passport: 'Паспорт', id_card: 'ID-картка', foreign_document: 'Документ іноземної держави' },
    documentNumber: 'Серія, номер',
    issued: 'Виданий',
    guardians: 'Батьки, опікуни',
    relation: 'Ким доводиться',
    relations: { mother: 'мати', father: 'батько', guardian: 'опікун', grandparent: 'дід / баба', other: 'інше' },
    contact: 'Телефон, адреса',
    classHistory: 'Рух учня',
    classColumn: 'Клас',
    from: 'З',
    to: 'По',
    yearGrades: 'Річні оцінки',
    subject: 'Предмет',
    attendance: 'Пропущено уроків / з поважних причин',
    year: 'Навчальний рік',
    loadTitle: (year) => `Педагогічне навантаження вчителів на ${year} н. р.`,
    teacher: 'Учитель',
    classes: 'Клас',
    hoursPerWeek: 'Годин на тиждень',
    total: 'Разом',
    schoolTotal: 'Усього по закладу',
  },
  ru: {
    schoolCode: 'Код',
    director: 'Директор',
    yearSuffix: 'уч. г.',
    ledgerTitle: (cls, year) => `Сводная ведомость учебных достижений учащихся ${cls} класса за ${year} уч. г.`,
    homeroomTeacher: 'Классный руководитель',
    number: '№',
    student: 'Фамилия, имя, отчество',
    missedExcused: 'Пропущено уроков / из них по уважительной причине',
    decision: 'Решение педагогического совета',
    order: 'Приказ',
    orderRef: (n, date) => `№ ${n} от ${date}`,
    decisions: {
      promote: (to) => (to ? `переведён(а) в ${to} класс` : 'переведён(а) в следующий класс'),
      repeat: () => 'оставлен(а) на повторное обучение',
      graduate: () => 'выпущен(а) (завершил(а) обучение)',
      withdraw: (_to, date) => `выбыл(а) ${date}`,
    },
    gradeLegend: (periods) => `В ячейке: ${periods.join(', ')}; Г — годовая оценка; Э — экзаменационная оценка.`,
    yearGrade: 'Г',
    examGrade: 'Э',
    notAssessed: 'н/а',
    exempt: 'осв.',
    studentsCount: (n) => `Учащихся в ведомости: ${n}`,
    personalFileTitle: (name, file) => `Личное дело учащегося${file ? ` № ${file}` : ''}: ${name}`,
    personalData: 'Личные данные',
    birthDate: 'Дата рождения',
    sex: 'Пол',
    sexes: { M: 'мужской', F: 'женский' },
    citizenship: 'Гражданство',
    taxId: 'ПИН',
    address: 'Адрес',
    phone: 'Телефон',
    documents: 'Документы',
    documentKind: 'Документ',
    documentTypes: { birth_certificate: 'Свидетельство о рождении', passport: 'Паспорт', id_card: 'ID-карта', foreign_document: 'Документ иностранного государства' },
    documentNumber: 'Серия, номер',
    issued: 'Выдан',
    guardians: 'Родители, опекуны',
    relation: 'Кем приходится',
    relations: { mother: 'мать', father: 'отец', guardian: 'опекун', grandparent: 'дедушка / бабушка', other: 'другое' },
    contact: 'Телефон, адрес',
    classHistory: 'Движение учащегося',
    classColumn: 'Класс',
    from: 'С',
    to: 'По',
    yearGrades: 'Годовые оценки',
    subject: 'Предмет',
    attendance: 'Пропущено уроков / по уважительной причине',
    year: 'Учебный год',
    loadTitle: (year) => `Педагогическая нагрузка учителей на ${year} уч. г.`,
    teacher: 'Учитель',
    classes: 'Класс',
    hoursPerWeek: 'Часов в неделю',
    total: 'Итого',
    schoolTotal: 'Всего по школе',
  },
  ky: {
    schoolCode: 'Код',
    director: 'Директор',
    yearSuffix: 'окуу жылы',
    ledgerTitle: (cls, year) => `${cls} классынын окуучуларынын ${year} окуу жылындагы окуу жетишкендиктеринин жыйынтык ведомосту`,
    homeroomTeacher: 'Класс жетекчи',
    number: '№',
    student: 'Фамилиясы, аты, атасынын аты',
    missedExcused: 'Калтырылган сабактар / алардын ичинен жүйөлүү себеп менен',
    decision: 'Педагогикалык кеңештин чечими',
    order: 'Буйрук',
    orderRef: (n, date) => `№ ${n}, ${date}`,
    decisions: {
      promote: (to) => (to ? `${to} классына которулду` : 'кийинки класска которулду'),
      repeat: () => 'кайра окууга калтырылды',
      graduate: () => 'бүтүрдү (билим алууну аяктады)',
      withdraw: (_to, date) => `чыгып кетти ${date}`,
    },
    gradeLegend: (periods) => `Уячада: ${periods.join(', ')}; Ж — жылдык баа; С — сынак баасы.`,
    yearGrade: 'Ж',
    examGrade: 'С',
    notAssessed: 'б/ж',
    exempt: 'бош.',
    studentsCount: (n) => `Ведомосттогу окуучулар: ${n}`,
    personalFileTitle: (name, file) => `Окуучунун өздүк делосу${file ? ` № ${file}` : ''}: ${name}`,
    personalData: 'Жеке маалыматтар',
    birthDate: 'Туулган күнү',
    sex: 'Жынысы',
    sexes: { M: 'эркек', F: 'аял' },
    citizenship: 'Жарандыгы',
    taxId: 'ПИН',
    address: 'Дареги',
    phone: 'Телефону',
    documents: 'Документтер',
    documentKind: 'Документ',
    documentTypes: { birth_certificate: 'Туулгандыгы тууралуу күбөлүк', passport: 'Паспорт', id_card: 'ID-карта', foreign_document: 'Чет өлкөнүн документи' },
    documentNumber: 'Сериясы, номери',
    issued: 'Берилген',
    guardians: 'Ата-энелери, камкорчулары',
    relation: 'Ким болот',
    relations: { mother: 'энеси', father: 'атасы', guardian: 'камкорчусу', grandparent: 'чоң атасы / чоң энеси', other: 'башка' },
    contact: 'Телефону, дареги',
    classHistory: 'Окуучунун кыймылы',
    classColumn: 'Класс',
    from: 'Башталышы',
    to: 'Аягы',
    yearGrades: 'Жылдык баалар',
    subject: 'Сабак',
    attendance: 'Калтырылган сабактар / жүйөлүү себеп менен',
    year: 'Окуу жылы',
    loadTitle: (year) => `${year} окуу жылына мугалимдердин педагогикалык жүктөмү`,
    teacher: 'Мугалим',
    classes: 'Класс',
    hoursPerWeek: 'Жумасына саат',
    total: 'Бардыгы',
    schoolTotal: 'Мектеп боюнча бардыгы',
  },
};
