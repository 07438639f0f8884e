import type { AlphabetBookEntry } from '../../../../../core/api/academic-api';

/** The letters the book has entries under, in the book's order. */
export function lettersOf(entries: readonly AlphabetBookEntry[]): string[] {
  return [...new Set(entries.map((e) => e.letter))];
}

/** Entries of one letter (or all) whose name or file number contains the search, case-insensitively. */
export function filterEntries(entries: readonly AlphabetBookEntry[], letter: string | null, search: string): AlphabetBookEntry[] {
  const needle = search.trim().toLocaleLowerCase('uk').replace(/[’'`ʼ]/g, 'ʼ');
  return entries.filter(
    (e) =>
      (letter === null || e.letter === letter) &&
      (!needle || e.name.toLocaleLowerCase('uk').replace(/[’'`ʼ]/g, 'ʼ').includes(needle) || e.personalFileNumber.toLocaleLowerCase('uk').includes(needle)),
  );
}
