import { isApostrophe } from './alphabetical-order';

/**
 * Folds text for matching what a secretary types against what a card holds: lower case, no apostrophes of any
 * kind, Latin look-alikes read as the Cyrillic letters they imitate, spaces collapsed. The stored search column
 * and the query are folded alike, so "Лукʼян", "лук'ян" and "Лукян" (with a Latin a) all meet.
 */
const lookAlikes: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

export function searchFold(text: string): string {
  let folded = '';
  for (const ch of text.normalize('NFC').toLocaleLowerCase('uk')) {
    if (isApostrophe(ch)) continue;
    folded += lookAlikes[ch] ?? ch;
  }
  return folded.replace(/\s+/g, ' ').trim();
}

/** The words of a query; a row matches when it contains every one of them. */
export function searchTerms(query: string): string[] {
  const folded = searchFold(query);
  return folded ? folded.split(' ') : [];
}
