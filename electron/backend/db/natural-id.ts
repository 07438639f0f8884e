import { createHash } from 'node:crypto';

/**
 * The id of a journal record that has one natural key (a mark is its lesson × student, a laid-out lesson its
 * journal × day × number, a closure its period): a version-8 UUID of that key's SHA-256. Two office PCs that enter the
 * same mark offline then write the same record, and the second to sync meets the first as a conflict for the user
 * instead of a silent twin (docs/decisions.md, "Journals in sync"). The parts name records with random ids (or the
 * school's code), so the id is unique to the school as the server requires.
 */
export function naturalId(kind: string, ...parts: (string | number)[]): string {
  const hex = createHash('sha256').update([kind, ...parts].join('\u001f')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
