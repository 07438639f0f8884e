import type { UiLanguage } from '../../i18n/i18n';
import type { Route } from '../../state/navigation-store';

/**
 * The user's guide, docs/user-guide/<language>/<page>.md, bundled into the app by Vite at build time: help works
 * offline, and the guide the docs folder holds is the guide the app shows.
 */
const sources = import.meta.glob('../../../../docs/user-guide/*/*.md', { query: '?raw', import: 'default', eager: true });

/** Screenshots the guide shows (docs/user-guide/images), bundled as files of their own and named by their address. */
const images = import.meta.glob('../../../../docs/user-guide/images/*.png', { query: '?url', import: 'default', eager: true });

export const helpPages = ['home', 'students', 'staff', 'classes', 'orders', 'year-end', 'documents', 'sync', 'settings', 'school', 'backups', 'journals', 'journal-control', 'users'] as const;
export type HelpPage = (typeof helpPages)[number];

/** The page of the guide about each screen. */
const pageOfScreen: Record<Exclude<Route['screen'], 'help'>, HelpPage> = {
  home: 'home',
  students: 'students',
  student: 'students',
  studentImport: 'students',
  staffList: 'staff',
  staff: 'staff',
  staffImport: 'staff',
  classes: 'classes',
  class: 'classes',
  alphabetBook: 'classes',
  orders: 'orders',
  order: 'orders',
  newOrder: 'orders',
  yearEnd: 'year-end',
  documents: 'documents',
  sync: 'sync',
  settings: 'settings',
  schoolDetails: 'school',
  backups: 'backups',
  journals: 'journals',
  journalControl: 'journal-control',
  users: 'users',
  roster: 'students',
  password: 'users',
};

export function helpPageOf(screen: Exclude<Route['screen'], 'help'>): HelpPage {
  return pageOfScreen[screen];
}

/** The page's Markdown in the language, or in Ukrainian (the guide's first language) when it is not translated. */
export function helpText(language: UiLanguage, page: HelpPage): string {
  const text = (lang: string) => sources[`../../../../docs/user-guide/${lang}/${page}.md`];
  return String(text(language) ?? text('uk') ?? '');
}

/** The page a route names; the guide's first page for a name it does not have. */
export function helpPageNamed(name: string): HelpPage {
  return helpPages.find((p) => p === name) ?? 'home';
}

/** The page a link inside the guide points at ("orders.md"); null for anything else, which the guide never links. */
export function helpPageOfLink(href: string | undefined): HelpPage | null {
  const name = /^([a-z-]+)\.md$/.exec(href ?? '')?.[1];
  return helpPages.find((p) => p === name) ?? null;
}

/** The bundled address of a screenshot the guide names ("images/journal-grid.png"); null for any other address. */
export function helpImageOf(src: string | undefined): string | null {
  const name = /^images\/([a-z0-9-]+\.png)$/.exec(src ?? '')?.[1];
  const url = name ? images[`../../../../docs/user-guide/images/${name}`] : undefined;
  return typeof url === 'string' ? url : null;
}
