import { describe, expect, it } from 'vitest';
import { fileNameIn, transliterate } from '../../../renderer/src/files/file-name';

describe('file names', () => {
  it('stay Ukrainian in Ukrainian', () => {
    expect(fileNameIn('uk', 'список-1-А-2026-2027.pdf')).toBe('список-1-А-2026-2027.pdf');
  });

  it('are all Latin in English, the class letter included', () => {
    expect(fileNameIn('en', 'список-1-А-2026-2027.pdf')).toBe('spysok-1-A-2026-2027.pdf');
    expect(fileNameIn('en', 'class-list-7-Б-2026-12-01.xlsx')).toBe('class-list-7-B-2026-12-01.xlsx');
  });

  it('follow the official transliteration: word-initial letters, зг, soft sign and apostrophe', () => {
    expect(transliterate('Юрій Згурський')).toBe('Yurii Zghurskyi');
    expect(transliterate('Ярошенко Соломія')).toBe('Yaroshenko Solomiia');
    expect(transliterate('Мар’яна Ільїна')).toBe('Mariana Ilina');
  });
});
