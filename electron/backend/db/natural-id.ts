import { createHash } from 'node:crypto';

function keyHash(kind: string, parts: readonly (string | number)[]): string {
  return createHash('sha256').update([kind, ...parts].join('\u001f')).digest('hex');
}

/** 32 hex digits as a version-8 UUID: the version and variant bits written over theirs. */
function uuidOf(hex: string): string {
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of a journal record that has one natural key (a mark is its lesson × student, a laid-out lesson its
 * journal × day × number, a closure its period): a version-8 UUID of that key's SHA-256. Two office PCs that enter the
 * same mark offline then write the same record, and the second to sync meets the first as a conflict for the user
 * instead of a silent twin (docs/decisions.md, "Journals in sync"). The parts name records with random ids (or the
 * school's code), so the id is unique to the school as the server requires.
 */
export function naturalId(kind: string, ...parts: (string | number)[]): string {
  return uuidOf(keyHash(kind, parts));
}

/**
 * naturalId with its first hex digits (at most 12, the UUID's first two groups) given: records that share them lie
 * side by side in every index of ids, so a batch of them writes a few pages of the index, not one page a record
 * (docs/decisions.md, "Journal ids in the order they are written"). The rest is the key's hash, as naturalId's.
 */
export function naturalIdAfter(prefix: string, kind: string, ...parts: (string | number)[]): string {
  if (!/^[0-9a-f]{0,12}$/.test(prefix)) throw new Error(`an id prefix is at most 12 lowercase hex digits, not "${prefix}"`);
  return uuidOf(prefix + keyHash(kind, parts).slice(prefix.length));
}
