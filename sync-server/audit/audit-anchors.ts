import type { AnchorAnswer, AnchorBody, AnchorSeen } from '../../core/sync/audit-anchor';
import { ApiError } from '../api-error';
import type { ServerDb } from '../storage/database';

/** One device's anchored head (table `audit_anchors`, migration 0003). */
export interface AuditAnchorsTable {
  school_id: string;
  device_id: string;
  seq: number;
  hash: string;
  anchored_at: string;
  diverged_at: string | null;
}

/**
 * Devices one school may anchor: a school has a few office PCs, reinstalled now and then. The bound keeps a token
 * from filling the table with made-up device ids.
 */
export const maxAnchoredDevicesPerSchool = 200;

interface Device {
  schoolId: string;
  deviceId: string;
}

function anchors(db: ServerDb) {
  return db.withTables<{ audit_anchors: AuditAnchorsTable }>();
}
type AnchorDb = ReturnType<typeof anchors>;

export async function anchorSeen(db: ServerDb, device: Device): Promise<AnchorSeen> {
  const row = await anchors(db)
    .selectFrom('audit_anchors')
    .select('seq')
    .where('school_id', '=', device.schoolId)
    .where('device_id', '=', device.deviceId)
    .executeTakeFirst();
  return { seq: row === undefined ? null : Number(row.seq) };
}

function verdict(held: { seq: number; hash: string } | undefined, body: AnchorBody): Pick<AnchorAnswer, 'status' | 'reason'> {
  if (held === undefined) return { status: 'extends' };
  if (body.head.seq < held.seq) return { status: 'diverged', reason: 'shorter' };
  if (body.atAnchor?.seq !== held.seq) {
    throw new ApiError('INVALID_INPUT', 'atAnchor must be the row at the seq this server holds', [{ path: 'atAnchor.seq', message: `the server holds seq ${held.seq}` }]);
  }
  if (body.atAnchor.hash === null) return { status: 'diverged', reason: 'shorter' };
  return body.atAnchor.hash === held.hash ? { status: 'extends' } : { status: 'diverged', reason: 'rewritten' };
}

async function assertRoomForDevice(db: AnchorDb, schoolId: string): Promise<void> {
  const { n } = await db
    .selectFrom('audit_anchors')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('school_id', '=', schoolId)
    .executeTakeFirstOrThrow();
  if (Number(n) >= maxAnchoredDevicesPerSchool) {
    throw new ApiError('FORBIDDEN', `this school already has ${maxAnchoredDevicesPerSchool} devices with an audit anchor; the server's administrator can remove old ones`);
  }
}

/**
 * Compares the device's chain with the head held for it, then holds the new head: after a divergence the next check
 * protects the chain as it now is, and `diverged_at` keeps the fact that it once did not extend.
 */
export async function checkAnchor(db: ServerDb, device: Device, body: AnchorBody, now: Date): Promise<AnchorAnswer> {
  return anchors(db)
    .transaction()
    .execute(async (trx) => {
      const held = await trx
        .selectFrom('audit_anchors')
        .select(['seq', 'hash', 'diverged_at'])
        .where('school_id', '=', device.schoolId)
        .where('device_id', '=', device.deviceId)
        .executeTakeFirst();
      if (held === undefined) await assertRoomForDevice(trx, device.schoolId);
      const found = verdict(held === undefined ? undefined : { seq: Number(held.seq), hash: held.hash }, body);
      const checkedAt = now.toISOString();
      const divergedAt = found.status === 'diverged' ? checkedAt : (held?.diverged_at ?? null);
      const row = { seq: body.head.seq, hash: body.head.hash, anchored_at: checkedAt, diverged_at: divergedAt };
      await trx
        .insertInto('audit_anchors')
        .values({ school_id: device.schoolId, device_id: device.deviceId, ...row })
        .onConflict((oc) => oc.columns(['school_id', 'device_id']).doUpdateSet(row))
        .execute();
      return { ...found, comparedSeq: held === undefined ? 0 : Number(held.seq), checkedAt, divergedAt };
    });
}
