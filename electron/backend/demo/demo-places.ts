import type { Address } from '../../../core/schemas/common';
import type { SchoolInput } from '../../../core/schemas/school';
import type { SeededRandom } from './seeded-random';

/** The demo school: a city lyceum of Zhytomyr. The code is fictional (not an existing EDRPOU). */
export const demoSchoolProfile = {
  code: '20405117',
  name: 'Ліцей № 7 Житомирської міської ради',
  country: 'UA',
  region: 'Житомирська область',
  district: 'Житомирський район',
  address: {
    postalCode: '10014',
    region: 'Житомирська область',
    district: 'Житомирський район',
    settlement: 'м. Житомир',
    street: 'вул. Велика Бердичівська',
    house: '56',
  },
  finalGrade: 11,
} as const satisfies Omit<SchoolInput, 'director'>;

const streets: readonly string[] = [
  'вул. Київська', 'вул. Велика Бердичівська', 'вул. Перемоги', 'вул. Чуднівська', 'вул. Хлібна', 'вул. Вітрука',
  'просп. Миру', 'вул. Покровська', 'вул. Небесної Сотні', 'вул. Тараса Шевченка', 'вул. Михайла Грушевського',
  'вул. Лесі Українки', 'вул. Театральна', 'вул. Бориса Тена', 'вул. Космонавтів', 'вул. Короленка',
  'вул. Святослава Ріхтера', 'вул. Івана Франка', 'вул. Шодуарівська', 'вул. Крошенська',
  'вул. Довжика', 'вул. Корольова', 'вул. Вокзальна', 'вул. Бердичівська', 'вул. Володимирська',
  'вул. Старий бульвар', 'вул. Героїв Пожежних', 'вул. Малинська',
];

/** Postal codes of Zhytomyr (10001–10031). */
function postalCode(rng: SeededRandom): string {
  return `100${String(rng.int(1, 31)).padStart(2, '0')}`;
}

export function demoAddress(rng: SeededRandom): Address {
  const inBlock = rng.chance(0.6);
  return {
    postalCode: postalCode(rng),
    region: demoSchoolProfile.region,
    district: demoSchoolProfile.district,
    settlement: 'м. Житомир',
    street: rng.pick(streets),
    house: String(rng.int(1, 180)),
    ...(inBlock ? { apartment: String(rng.int(1, 140)) } : {}),
  };
}

/** Mobile numbers of the Ukrainian operators, in the international form the registries use. */
export function demoPhone(rng: SeededRandom): string {
  const operator = rng.pick(['50', '66', '95', '99', '67', '68', '96', '97', '98', '63', '73', '93']);
  return `+380${operator}${rng.digits(7)}`;
}

/** Civil registry offices that issue the birth certificates of the demo children. */
export const birthCertificateIssuers: readonly string[] = [
  'Житомирський міський відділ державної реєстрації актів цивільного стану',
  'Богунський районний у м. Житомирі відділ ДРАЦС',
  'Корольовський районний у м. Житомирі відділ ДРАЦС',
  'Житомирський районний відділ ДРАЦС',
  'Бердичівський міськрайонний відділ ДРАЦС',
];

/** Two-letter parts of certificate series (Cyrillic capitals, as printed on UA birth certificates). */
export const certificateLetters: readonly string[] = ['ТП', 'ТН', 'БК', 'ЖТ', 'КИ', 'НО', 'ПР', 'СГ'];

export const workplaces: readonly string[] = [
  'КНП «Лікарня № 1» ЖМР', 'ПрАТ «Житомирський маслозавод»', 'ТОВ «Житомирські ласощі»', 'АТ «Укрпошта»',
  'Житомирська міська рада', 'ФОП', 'ЗСУ', 'Державна податкова служба', 'ТОВ «Епіцентр К»', 'Житомирська політехніка',
  'Житомирський державний університет ім. Івана Франка', 'АТ «Житомиробленерго»', 'КП «Житомирводоканал»',
];
