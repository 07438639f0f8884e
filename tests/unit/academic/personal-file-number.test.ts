import { describe, expect, it } from 'vitest';
import {
  nextPersonalFileNumber,
  nextPersonalFileNumbers,
  parsePersonalFileNumber,
  personalFileLetter,
} from '../../../core/academic/personal-file-number';

describe('personal file numbers', () => {
  it('take the first letter of the surname', () => {
    expect(nextPersonalFileNumber('Василенко', [])).toBe('В/1');
  });

  it('continue past the highest number of the letter', () => {
    expect(nextPersonalFileNumber('Василенко', ['В/12', 'В/13', 'Г/40'])).toBe('В/14');
  });

  it('never reuse a number freed by a file that is gone', () => {
    expect(nextPersonalFileNumber('Василенко', ['В/1', 'В/5'])).toBe('В/6');
  });

  it('count on within one batch', () => {
    expect(nextPersonalFileNumbers(['Їжак', 'Іванов', 'Їжакевич'], ['Ї/2'])).toEqual(['Ї/3', 'І/1', 'Ї/4']);
  });

  it('read a Latin look-alike at the start of a Cyrillic surname as Cyrillic', () => {
    expect(personalFileLetter('Bасиленко')).toBe('В');
  });

  it('upper-case a surname typed in lower case', () => {
    expect(personalFileLetter('ґудзь')).toBe('Ґ');
  });

  it('give none to a surname without a leading letter', () => {
    expect(nextPersonalFileNumber('  ', [])).toBeUndefined();
  });

  it('are read back as letter and number', () => {
    expect(parsePersonalFileNumber('В/13')).toEqual({ letter: 'В', number: 13 });
  });

  it('ignore used values that are not personal file numbers', () => {
    expect(nextPersonalFileNumber('Василенко', ['В13', 'в/9'])).toBe('В/1');
  });
});
