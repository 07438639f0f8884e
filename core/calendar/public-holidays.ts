import type { Country } from '../schemas/common';

export interface PublicHoliday {
  date: string;
  name: string;
}

/** Orthodox Easter Sunday (Gregorian date) of `year`: Meeus's Julian algorithm plus the 13-day offset of 1900–2099. */
export function orthodoxEaster(year: number): string {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julian = Date.UTC(year, month - 1, day);
  return new Date(julian + 13 * 86_400_000).toISOString().slice(0, 10);
}

function shifted(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Fixed-date public holidays.
 * - UA: the Labour Code, art. 73, as amended by Law 3074-IX of 2023 (Christmas on 25 December, 8 May, 15 July,
 *   1 October). While martial law is in force they are working days (Law 2136-IX), so a school removes the ones it
 *   teaches on.
 * - KG: the Labour Code of the Kyrgyz Republic, art. 113. Orozo Ait and Kurman Ait move with the lunar calendar and
 *   are set by the government each year: the school adds them.
 */
const fixed: Readonly<Record<Country, readonly (readonly [string, string])[]>> = {
  UA: [
    ['01-01', 'Новий рік'],
    ['03-08', 'Міжнародний жіночий день'],
    ['05-01', 'День праці'],
    ['05-08', 'День памʼяті та перемоги над нацизмом'],
    ['06-28', 'День Конституції України'],
    ['07-15', 'День Української Державності'],
    ['08-24', 'День Незалежності України'],
    ['10-01', 'День захисників і захисниць України'],
    ['12-25', 'Різдво Христове'],
  ],
  KG: [
    ['01-01', 'Новый год'],
    ['01-07', 'Рождество Христово'],
    ['02-23', 'День защитника Отечества'],
    ['03-08', 'Международный женский день'],
    ['03-21', 'Нооруз'],
    ['04-07', 'День Народной апрельской революции'],
    ['05-01', 'Праздник труда'],
    ['05-05', 'День Конституции'],
    ['05-09', 'День Победы'],
    ['08-31', 'День независимости'],
    ['11-07', 'Дни истории и памяти предков'],
    ['11-08', 'Дни истории и памяти предков'],
  ],
};

/** The country's public holidays of one calendar year, by date. */
export function publicHolidays(country: Country, year: number): PublicHoliday[] {
  const days = fixed[country].map(([monthDay, name]) => ({ date: `${year}-${monthDay}`, name }));
  if (country === 'UA') {
    const easter = orthodoxEaster(year);
    days.push({ date: easter, name: 'Великдень' }, { date: shifted(easter, 49), name: 'Трійця' });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
