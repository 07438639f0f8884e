/**
 * Sort keys that put Cyrillic names in dictionary order under SQLite's byte-wise comparison. Unicode code points
 * put і, ї, є, ґ after я; this merged Ukrainian/Russian/Kyrgyz alphabet keeps each language's own order.
 */
const alphabet = 'абвгґдеёєжзиіїйклмнңоөпрстуүфхцчшщъыьэюя';
const privateUse = 0xe000;

const rank = new Map([...alphabet].map((letter, i) => [letter, String.fromCharCode(privateUse + i)]));

export function sortKey(text: string): string {
  let key = '';
  for (const ch of text.normalize('NFC').toLocaleLowerCase('uk')) {
    if (isApostrophe(ch)) continue;
    key += rank.get(ch) ?? ch;
  }
  return key;
}

/** Surname, then first name, then patronymic: "Коваль Іван" before "Ковальчук Анна". */
export function nameSortKey(lastName: string, firstName: string, middleName: string): string {
  return [lastName, firstName, middleName].map((part) => sortKey(part.trim())).join('\u0001');
}

export function compareAlphabetically(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '’' || ch === '‘' || ch === '`' || ch === 'ʼ' || ch === 'ʹ';
}
