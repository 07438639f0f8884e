/**
 * The positions of the demo school's 150 employees, as a city lyceum with 70 classes would staff them.
 * `male` is the share of men among holders (teaching is mostly done by women in Ukraine); `pedagogical` positions
 * carry a qualification category.
 */
export interface RosterEntry {
  position: string;
  count: number;
  male: number;
  pedagogical: boolean;
  /** Age range of holders, years. */
  age: readonly [number, number];
  /** Homeroom teachers are drawn from these positions: primary teachers for grades 1–4, subject teachers above. */
  homeroom?: 'primary' | 'secondary';
}

export const directorPosition = 'Директор';

export const staffRoster: readonly RosterEntry[] = [
  { position: directorPosition, count: 1, male: 0.4, pedagogical: true, age: [45, 60] },
  { position: 'Заступник директора з навчальної роботи', count: 2, male: 0.2, pedagogical: true, age: [38, 60] },
  { position: 'Заступник директора з виховної роботи', count: 1, male: 0.1, pedagogical: true, age: [32, 55] },
  { position: 'Заступник директора з адміністративно-господарської роботи', count: 1, male: 0.7, pedagogical: false, age: [40, 62] },
  { position: 'Секретар', count: 1, male: 0, pedagogical: false, age: [25, 55] },
  { position: 'Діловод', count: 1, male: 0, pedagogical: false, age: [25, 58] },
  { position: 'Бухгалтер', count: 1, male: 0.1, pedagogical: false, age: [30, 60] },
  { position: 'Практичний психолог', count: 2, male: 0.1, pedagogical: true, age: [25, 50] },
  { position: 'Соціальний педагог', count: 1, male: 0.1, pedagogical: true, age: [25, 55] },
  { position: 'Бібліотекар', count: 1, male: 0, pedagogical: false, age: [35, 64] },
  { position: 'Педагог-організатор', count: 1, male: 0.3, pedagogical: true, age: [23, 40] },
  { position: 'Вчитель початкових класів', count: 28, male: 0.03, pedagogical: true, age: [23, 62], homeroom: 'primary' },
  { position: 'Вихователь групи продовженого дня', count: 6, male: 0.05, pedagogical: true, age: [22, 60] },
  { position: 'Асистент вчителя', count: 4, male: 0.05, pedagogical: true, age: [22, 50] },
  { position: 'Вчитель української мови та літератури', count: 12, male: 0.05, pedagogical: true, age: [24, 63], homeroom: 'secondary' },
  { position: 'Вчитель математики', count: 12, male: 0.2, pedagogical: true, age: [24, 64], homeroom: 'secondary' },
  { position: 'Вчитель англійської мови', count: 12, male: 0.1, pedagogical: true, age: [23, 58], homeroom: 'secondary' },
  { position: 'Вчитель німецької мови', count: 2, male: 0.1, pedagogical: true, age: [25, 60], homeroom: 'secondary' },
  { position: 'Вчитель зарубіжної літератури', count: 3, male: 0.05, pedagogical: true, age: [25, 62], homeroom: 'secondary' },
  { position: 'Вчитель історії', count: 5, male: 0.4, pedagogical: true, age: [24, 63], homeroom: 'secondary' },
  { position: 'Вчитель географії', count: 3, male: 0.3, pedagogical: true, age: [26, 63], homeroom: 'secondary' },
  { position: 'Вчитель біології', count: 3, male: 0.15, pedagogical: true, age: [26, 63], homeroom: 'secondary' },
  { position: 'Вчитель хімії', count: 3, male: 0.2, pedagogical: true, age: [26, 64], homeroom: 'secondary' },
  { position: 'Вчитель фізики', count: 4, male: 0.4, pedagogical: true, age: [26, 64], homeroom: 'secondary' },
  { position: 'Вчитель інформатики', count: 5, male: 0.5, pedagogical: true, age: [23, 55], homeroom: 'secondary' },
  { position: 'Вчитель фізичної культури', count: 7, male: 0.6, pedagogical: true, age: [23, 60] },
  { position: 'Вчитель мистецтва', count: 3, male: 0.2, pedagogical: true, age: [25, 60] },
  { position: 'Вчитель музичного мистецтва', count: 2, male: 0.3, pedagogical: true, age: [25, 60] },
  { position: 'Вчитель трудового навчання', count: 4, male: 0.5, pedagogical: true, age: [28, 64] },
  { position: 'Вчитель основ здоровʼя', count: 2, male: 0.1, pedagogical: true, age: [25, 58] },
  { position: 'Вчитель предмета «Захист України»', count: 2, male: 1, pedagogical: true, age: [30, 60] },
  { position: 'Лаборант', count: 2, male: 0.2, pedagogical: false, age: [22, 60] },
  { position: 'Інженер-електронік', count: 1, male: 0.9, pedagogical: false, age: [25, 55] },
  { position: 'Медична сестра', count: 1, male: 0, pedagogical: false, age: [28, 62] },
  { position: 'Прибиральник службових приміщень', count: 6, male: 0.1, pedagogical: false, age: [30, 65] },
  { position: 'Сторож', count: 3, male: 0.9, pedagogical: false, age: [40, 65] },
  { position: 'Робітник з комплексного обслуговування будівель', count: 2, male: 1, pedagogical: false, age: [30, 64] },
];

export const teacherEducation: readonly string[] = [
  'Вища, Житомирський державний університет імені Івана Франка',
  'Вища, Національний педагогічний університет імені М. П. Драгоманова',
  'Вища, Бердичівський педагогічний коледж, Житомирський державний університет імені Івана Франка',
  'Вища, Київський університет імені Бориса Грінченка',
  'Вища, Вінницький державний педагогічний університет імені Михайла Коцюбинського',
  'Вища, Рівненський державний гуманітарний університет',
];

export const otherEducation: readonly string[] = [
  'Вища, Державний університет «Житомирська політехніка»',
  'Професійна (професійно-технічна), Житомирський професійний ліцей',
  'Фахова передвища, Житомирський медичний фаховий коледж',
  'Повна загальна середня',
  'Вища, Поліський національний університет',
];
