import type { ServerDb } from '../storage/database';

/** Notes that a device of the school pushed or pulled now: the overview's "last sync". */
export async function noteSchoolSync(db: ServerDb, schoolId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('school_syncs')
    .values({ school_id: schoolId, last_sync_at: at })
    .onConflict((oc) => oc.column('school_id').doUpdateSet({ last_sync_at: at }))
    .execute();
}
