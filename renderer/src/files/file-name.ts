/**
 * Ukrainian to Latin letters by the official transliteration (Resolution of the Cabinet of Ministers of Ukraine
 * No. 55 of 27.01.2010): є, ї, й, ю, я are written differently at the start of a word; the soft sign and apostrophes
 * are left out. Russian and Kyrgyz letters the table lacks take their usual Latin form.
 */
const letters: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '',
  ю: 'iu', я: 'ia', ё: 'io', ъ: '', ы: 'y', э: 'e', ң: 'ng', ө: 'o', ү: 'u',
};
const wordStart: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const apostrophes = /['’ʼ`]/g;

function latinOf(ch: string, atWordStart: boolean): string {
  const lower = ch.toLocaleLowerCase('uk');
  const latin = (atWordStart ? wordStart[lower] : undefined) ?? letters[lower];
  if (latin === undefined) return ch;
  return lower === ch || latin === '' ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
}

export function transliterate(text: string): string {
  let out = '';
  let previous = '';
  for (const ch of text.replace(apostrophes, '')) {
    const atWordStart = !/\p{L}/u.test(previous);
    // «зг» is written «zgh», so it is not read as «ж».
    out += previous.toLocaleLowerCase('uk') === 'з' && ch.toLocaleLowerCase('uk') === 'г' ? (ch === 'г' ? 'gh' : 'Gh') : latinOf(ch, atWordStart);
    previous = ch;
  }
  return out;
}

/**
 * The name a saved file gets in the user's language: files are named in Ukrainian (the language of the school's
 * documents), and in one script only, so in English every Cyrillic letter is transliterated.
 */
export function fileNameIn(language: string, fileName: string): string {
  return language === 'uk' ? fileName : transliterate(fileName);
}
