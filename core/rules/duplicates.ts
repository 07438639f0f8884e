import type { Issue } from '../schemas/issue';
import type { StaffCard } from '../schemas/staff';
import type { StudentCard } from '../schemas/student';
import { makeIssue } from './codes';

/**
 * DUPLICATE_IN_SCHOOL (DESIGN §4): the same document on two active cards of one school. A card's keys name each
 * identifier it holds; the caller finds other live cards with the same key.
 */
export interface DocumentKey {
  key: string;
  /** The field an issue about this key points at. */
  field: string;
}

/** Keys of a normalised card: each identity document (type, series, number), the tax number, the PIN, the UNZR. */
export function documentKeys(card: StudentCard | StaffCard): DocumentKey[] {
  const keys: DocumentKey[] = [];
  if ('documents' in card) {
    card.documents.forEach((doc, i) => {
      if (doc.number !== '') keys.push({ key: `doc:${doc.type}:${doc.series ?? ''}:${doc.number}`, field: `documents.${i}.number` });
    });
    if (card.unzr) keys.push({ key: `unzr:${card.unzr}`, field: 'unzr' });
  }
  if (card.taxId) keys.push({ key: `taxId:${card.taxId}`, field: 'taxId' });
  if (card.pin) keys.push({ key: `pin:${card.pin}`, field: 'pin' });
  return keys;
}

/** One issue per key that other live cards hold too. */
export function duplicateIssues(hits: readonly { field: string; otherCount: number }[]): Issue[] {
  return hits.map(({ field, otherCount }) => makeIssue('DUPLICATE_IN_SCHOOL', field, { count: otherCount }));
}
