import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { uk, type Messages } from './uk';

export const uiLanguages = ['uk', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const storageKey = 'schoolOffice.language';

function storedLanguage(): UiLanguage {
  const stored = localStorage.getItem(storageKey);
  return uiLanguages.find((l) => l === stored) ?? 'uk';
}

export function startI18n() {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  return i18next.use(initReactI18next).init({
    resources: { uk: { translation: uk }, en: { translation: en } },
    lng,
    fallbackLng: 'uk',
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function currentLanguage(): UiLanguage {
  return uiLanguages.find((l) => l === i18next.language) ?? 'uk';
}

export async function switchLanguage(lng: UiLanguage) {
  localStorage.setItem(storageKey, lng);
  document.documentElement.lang = lng;
  await i18next.changeLanguage(lng);
}

/** A key built at run time (field paths, enum values): its text, or `fallback` when the key does not exist. */
export function textOf(key: string, fallback: string, options?: Record<string, unknown>): string {
  return i18next.exists(key) ? String(i18next.t(key as never, options as never)) : fallback;
}
