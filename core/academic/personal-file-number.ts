import { normaliseName } from '../normalise';

/** "В/13": the alphabet-book letter (first letter of the surname) and the number within that letter. */
const pattern = /^(\p{Lu})\/(\d+)$/u;

export function parsePersonalFileNumber(value: string): { letter: string; number: number } | undefined {
  const m = pattern.exec(value.trim());
  return m ? { letter: m[1] as string, number: Number(m[2]) } : undefined;
}

/** The alphabet-book letter of a surname; none when it does not begin with a letter. */
export function personalFileLetter(lastName: string): string | undefined {
  const first = [...normaliseName(lastName)][0]?.toUpperCase();
  return first !== undefined && /^\p{Lu}$/u.test(first) ? first : undefined;
}

/**
 * Personal file numbers for new students, in the order given. Numbers are never reused: each letter continues past
 * the highest number ever used with it, even when earlier files are gone. `used` holds every number the school has
 * issued, withdrawn students' included. A surname without a leading letter gets none.
 */
export function nextPersonalFileNumbers(lastNames: readonly string[], used: readonly string[]): (string | undefined)[] {
  const highest = new Map<string, number>();
  for (const value of used) {
    const parsed = parsePersonalFileNumber(value);
    if (parsed) highest.set(parsed.letter, Math.max(parsed.number, highest.get(parsed.letter) ?? 0));
  }
  return lastNames.map((lastName) => {
    const letter = personalFileLetter(lastName);
    if (letter === undefined) return undefined;
    const number = (highest.get(letter) ?? 0) + 1;
    highest.set(letter, number);
    return `${letter}/${number}`;
  });
}

export function nextPersonalFileNumber(lastName: string, used: readonly string[]): string | undefined {
  return nextPersonalFileNumbers([lastName], used)[0];
}
