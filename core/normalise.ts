import { makeIssue } from './rules/codes';
import type { Issue } from './schemas/issue';
import type { StaffCard } from './schemas/staff';
import type { IdentityDocument, StudentCard } from './schemas/student';

/**
 * Normalisation before checks (DESIGN §4). What a person cannot see is changed silently: whitespace, apostrophe
 * variants, a Latin letter for the Cyrillic one it looks like (and back in a Roman numeral). A change one can see (a
 * small letter made capital, Cyrillic Л or У in a numeral made L or V) is a NORMALISED warning naming the field, both
 * values and, in `letters`, which letter became which.
 */

const apostrophes = /['’`ʼ‘]/g;
const cyrillic = /\p{Script=Cyrillic}/u;

const latinToCyrillic: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х',
};
const cyrillicToRoman: Readonly<Record<string, string>> = { І: 'I', Х: 'X', С: 'C', Л: 'L', У: 'V' };

export function tidySpaces(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** The Latin letters `latinToCyrillic` replaces: a word without any is left as it is, without a pass over its letters. */
const latinLookAlike = /[ABCEHIKMOPTXabcehikmoptx]/;

function replaceLookAlikes(word: string): string {
  if (!latinLookAlike.test(word) || !cyrillic.test(word)) return word;
  return [...word].map((ch) => latinToCyrillic[ch] ?? ch).join('');
}

/** A person's name: spaces tidied, one apostrophe (ʼ), Latin look-alikes inside Cyrillic words made Cyrillic. */
export function normaliseName(value: string): string {
  return tidySpaces(value)
    .replace(apostrophes, 'ʼ')
    .split(/([ -])/)
    .map(replaceLookAlikes)
    .join('');
}

/**
 * Document series: upper case, no spaces, Latin look-alikes made Cyrillic; a birth certificate's Roman numeral (before
 * the hyphen) in Latin letters. A series without its hyphen is left for the FORMAT rule: guessing where it goes
 * could hide a mistyped series.
 */
export function normaliseSeries(value: string, type: IdentityDocument['type']): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (type === 'foreign_document') return compact;
  const toCyrillic = (text: string) => [...text].map((ch) => latinToCyrillic[ch] ?? ch).join('');
  if (type !== 'birth_certificate') return toCyrillic(compact);
  const hyphen = compact.indexOf('-');
  if (hyphen < 0) return compact;
  const roman = [...compact.slice(0, hyphen)].map((ch) => cyrillicToRoman[ch] ?? ch).join('');
  return `${roman}-${toCyrillic(compact.slice(hyphen + 1))}`;
}

/** Numbers and codes: no spaces at all (people type "123 456"). */
export function normaliseCode(value: string): string {
  return value.replace(/\s+/g, '');
}

const cyrillicToLatin: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(latinToCyrillic).map(([latin, cyr]) => [cyr, latin]));

/** How a character looks: a Cyrillic look-alike as its Latin twin, every apostrophe as one. */
function looks(ch: string): string {
  return /['’`ʼ‘]/.test(ch) ? "'" : (cyrillicToLatin[ch] ?? ch);
}

/** The changes of single characters one can see, "б→Б, л→L"; empty when every change looks like nothing. */
function visibleLetterChanges(before: string, after: string): string {
  const from = [...before.replace(/\s+/g, '')];
  const to = [...after.replace(/\s+/g, '')];
  if (from.length !== to.length) return `${before}→${after}`;
  const changes = new Set(from.flatMap((ch, i) => (looks(ch) === looks(to[i] ?? '') ? [] : [`${ch}→${to[i] ?? ''}`])));
  return [...changes].join(', ');
}

class Normaliser {
  readonly issues: Issue[] = [];

  /** Applies `fn` to an optional text; reports a change one can see. */
  text<T extends string | undefined>(field: string, value: T, fn: (v: string) => string): T {
    if (value === undefined) return value;
    const after = fn(value);
    // Most values are already normal: no change, nothing to compare letter by letter (a server re-checks millions).
    if (after === value) return after as T;
    const letters = visibleLetterChanges(value, after);
    if (letters !== '') this.issues.push(makeIssue('NORMALISED', field, { before: tidySpaces(value), after, letters }));
    return after as T;
  }
}

function optionalTidy(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const tidy = tidySpaces(value);
  return tidy === '' ? undefined : tidy;
}

function normaliseDocument(n: Normaliser, doc: IdentityDocument, index: number): IdentityDocument {
  const field = `documents.${index}`;
  const series = n.text(`${field}.series`, doc.series, (v) => normaliseSeries(v, doc.type));
  const result: IdentityDocument = { ...doc, number: n.text(`${field}.number`, doc.number, (v) => normaliseCode(v).toUpperCase()) };
  if (series) result.series = series;
  else delete result.series;
  if (doc.issuedOn !== undefined) result.issuedOn = tidySpaces(doc.issuedOn);
  const issuer = optionalTidy(doc.issuer);
  if (issuer) result.issuer = issuer;
  else delete result.issuer;
  return result;
}

function names<T extends { lastName: string; firstName: string; middleName?: string | undefined }>(n: Normaliser, person: T, prefix: string): T {
  const result = {
    ...person,
    lastName: n.text(`${prefix}lastName`, person.lastName, normaliseName),
    firstName: n.text(`${prefix}firstName`, person.firstName, normaliseName),
  };
  const middle = n.text(`${prefix}middleName`, person.middleName, normaliseName);
  if (middle) result.middleName = middle;
  else delete result.middleName;
  return result;
}

function codes<T extends { taxId?: string | undefined; pin?: string | undefined }>(person: T): T {
  const result = { ...person };
  for (const key of ['taxId', 'pin'] as const) {
    const value = person[key] === undefined ? '' : normaliseCode(person[key]);
    if (value) result[key] = value;
    else delete result[key];
  }
  return result;
}

/** A card as normalisation leaves it, and the NORMALISED warnings saying what it changed. */
export interface Normalisation<Card> {
  card: Card;
  issues: Issue[];
}

export function normaliseStudentCard(card: StudentCard): Normalisation<StudentCard> {
  const n = new Normaliser();
  const result: StudentCard = {
    ...codes(names(n, card, '')),
    birthDate: tidySpaces(card.birthDate),
    documents: card.documents.map((doc, i) => normaliseDocument(n, doc, i)),
    guardians: card.guardians.map((g, i) => names(n, g, `guardians.${i}.`)),
  };
  const unzr = card.unzr === undefined ? '' : normaliseCode(card.unzr);
  if (unzr) result.unzr = unzr;
  else delete result.unzr;
  return { card: result, issues: n.issues };
}

export function normaliseStaffCard(card: StaffCard): Normalisation<StaffCard> {
  const n = new Normaliser();
  const result: StaffCard = { ...codes(names(n, card, '')), birthDate: tidySpaces(card.birthDate), position: tidySpaces(card.position) };
  return { card: result, issues: n.issues };
}
