import { createContext, useContext } from 'react';
import { dashboardText, type DashboardLanguage } from '../dashboard-text';
import type { DashboardTextKey } from '../dashboard-uk';

export const LanguageContext = createContext<DashboardLanguage>('uk');

/** The text function of the dashboard's current language. */
export function useText(): (key: DashboardTextKey, values?: Readonly<Record<string, string | number>>) => string {
  const lang = useContext(LanguageContext);
  return (key, values) => dashboardText(lang, key, values);
}

const languageKey = 'school-office-overview-language';

export function keptLanguage(): DashboardLanguage {
  const kept = localStorage.getItem(languageKey);
  if (kept === 'uk' || kept === 'en') return kept;
  return navigator.language.startsWith('en') ? 'en' : 'uk';
}

export function keepLanguage(lang: DashboardLanguage): void {
  localStorage.setItem(languageKey, lang);
}
