import type { Country } from '../schemas/common';
import type { Issue } from '../schemas/issue';
import { formatIssue, makeIssue } from './codes';

/** Letters of one alphabet (Cyrillic or Latin), apostrophe, hyphen and space (DESIGN §4). */
const cyrillicName = /^[\p{Script=Cyrillic}ʼ'\- ]+$/u;
const latinName = /^[\p{Script=Latin}ʼ'\- ]+$/u;
const hasLetter = /\p{L}/u;
const latinLetter = /\p{Script=Latin}/u;

/** A letter of a word; ʼ counts as a letter in Unicode (a modifier letter) but is the apostrophe of a name. */
function isLetter(ch: string): boolean {
  return ch !== 'ʼ' && hasLetter.test(ch);
}

/** The Ukrainian alphabet: a UA citizen's names are written in it (Ы, Э, Ё, Ъ and Latin letters are not). */
const ukrainianLetter = /[А-ЩЬЮЯҐЄІЇа-щьюяґєії]/u;

/** How a card names Ukraine as its citizenship; an empty citizenship in a Ukrainian school counts as Ukraine. */
const ukraine = ['україна', 'ukraine', 'ua', 'укр', 'громадянин україни', 'громадянка україни'];

/**
 * Whether the names are a Ukrainian citizen's. Kyrgyz documents write names in Cyrillic and in Latin letters and
 * the seeds set no rule, so a Kyrgyz school keeps the rule of one alphabet (Ң Ө Ү being Cyrillic letters).
 */
/** The citizenship a new card of a school in `country` starts with: nearly every pupil and teacher has it. */
export const homeCitizenship: Readonly<Record<Country, string>> = { UA: 'Україна', KG: 'Кыргызстан' };

export function isUkrainianCitizen(country: Country, citizenship: string | undefined): boolean {
  const text = (citizenship ?? '').trim().toLocaleLowerCase('uk').replace(/\s+/g, ' ');
  return country === 'UA' && (text === '' || ukraine.includes(text));
}

export function isWellFormedName(value: string): boolean {
  return hasLetter.test(value) && (cyrillicName.test(value) || latinName.test(value));
}

/** Whose name is checked: a Ukrainian citizen's is written in Ukrainian letters. */
export interface NameRules {
  ukrainian?: boolean;
}

function nameIssues(field: string, value: string, rules: NameRules): Issue[] {
  if (!isWellFormedName(value)) return [formatIssue(field, 'name')];
  if (rules.ukrainian) {
    const format = 'ukrainian_letters';
    if (latinLetter.test(value)) return [makeIssue('FORMAT', field, { format, found: 'latin' })];
    const foreign = [...new Set([...value].filter((ch) => isLetter(ch) && !ukrainianLetter.test(ch)))];
    if (foreign.length > 0) return [makeIssue('FORMAT', field, { format, found: foreign.join(', ') })];
  }
  const first = [...value].find(isLetter) ?? '';
  return first !== first.toLocaleUpperCase('uk') ? [makeIssue('NAME_LOWER_CASE', field)] : [];
}

/** A required name: REQUIRED when empty, FORMAT when it mixes alphabets, holds other characters or foreign letters. */
export function requiredNameIssues(field: string, value: string, rules: NameRules = {}): Issue[] {
  if (value.trim() === '') return [makeIssue('REQUIRED', field)];
  return nameIssues(field, value, rules);
}

export function optionalNameIssues(field: string, value: string | undefined, rules: NameRules = {}): Issue[] {
  if (value === undefined || value.trim() === '') return [];
  return nameIssues(field, value, rules);
}

/** The name rules of a person's own names on a card of a school in `country`. */
export function ownNameRules(country: Country, citizenship: string | undefined): NameRules {
  return { ukrainian: isUkrainianCitizen(country, citizenship) };
}
