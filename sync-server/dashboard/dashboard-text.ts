import { dashboardEn } from './dashboard-en';
import { dashboardUk, type DashboardTextKey } from './dashboard-uk';

export type DashboardLanguage = 'uk' | 'en';

const texts: Readonly<Record<DashboardLanguage, Readonly<Record<DashboardTextKey, string>>>> = { uk: dashboardUk, en: dashboardEn };

/** The text of a key in the language, with `{name}` replaced by its value. */
export function dashboardText(lang: DashboardLanguage, key: DashboardTextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return texts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** A date and time in the reader's own time zone. */
export function dashboardTime(iso: string, lang: DashboardLanguage): string {
  return new Intl.DateTimeFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
