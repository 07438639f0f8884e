import { documentIdOfCode } from '../../core/archive/verification-code';
import { documentDataSchema, type DocumentData } from '../../core/sync/wire-data';
import type { ServerDb } from '../storage/database';

/** What the verification endpoint answers for a registered code (DESIGN §8). */
export interface VerifiedDocument extends Omit<DocumentData, 'code'> {
  code: string;
  school: { code: string; name: string };
}

/**
 * The document a (normalised) code names, with the school that registered it; null when no school's Sync all has
 * brought it. One primary-key read: the record's id is the one the code stands for. A record whose data names another
 * code (a school pushing a code under a forged id) verifies nothing.
 */
export async function registeredDocument(db: ServerDb, code: string): Promise<VerifiedDocument | null> {
  const row = await db
    .selectFrom('records')
    .innerJoin('schools', 'schools.id', 'records.school_id')
    .select(['records.data', 'schools.code as schoolCode', 'schools.name as schoolName'])
    .where('records.id', '=', documentIdOfCode(code))
    .where('records.type', '=', 'document')
    .where('records.deleted', '=', 0)
    .executeTakeFirst();
  if (!row?.data) return null;
  const data = documentDataSchema.safeParse(JSON.parse(row.data));
  if (!data.success || data.data.code !== code) return null;
  const { kind, title, pages, printedAt, printedBy, sha256 } = data.data;
  return { code, school: { code: row.schoolCode, name: row.schoolName }, kind, title, pages, printedAt, printedBy, sha256 };
}
