import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../../renderer/src/i18n/i18n';
import { helpImageOf, helpPageOf, helpPageOfLink, helpPages, helpText } from '../../../renderer/src/screens/help/help-pages';

const screens = ['home', 'students', 'student', 'staffList', 'staff', 'classes', 'class', 'alphabetBook', 'orders', 'order', 'newOrder', 'yearEnd', 'documents', 'sync', 'settings', 'schoolDetails', 'backups', 'journals', 'studentImport', 'staffImport', 'users', 'roster', 'password'] as const;

describe('the user’s guide in the app', () => {
  it('has a page for every screen', () => {
    for (const screen of screens) expect(helpPages).toContain(helpPageOf(screen));
  });

  it('has every page written in Ukrainian and in English, each starting with its title', () => {
    for (const language of uiLanguages) {
      for (const page of helpPages) expect(helpText(language, page), `${language}/${page}`).toMatch(/^# \S/);
    }
  });

  it('is the English text when shown in English', () => {
    for (const page of helpPages) expect(helpText('en', page).split('\n')[0], page).toMatch(/^# [A-Z][a-z -]+$/);
  });

  it('links only to its own pages', () => {
    for (const language of uiLanguages) {
      for (const page of helpPages) {
        const links = [...helpText(language, page).matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
        for (const link of links) expect(helpPageOfLink(link), `${language}/${page} → ${link}`).not.toBeNull();
      }
    }
  });

  it('shows only its own screenshots, each of which is there', () => {
    for (const language of uiLanguages) {
      for (const page of helpPages) {
        const images = [...helpText(language, page).matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
        for (const image of images) expect(helpImageOf(image), `${language}/${page} → ${image}`).not.toBeNull();
      }
    }
    expect(helpImageOf('https://example.org/x.png')).toBeNull();
  });
});
