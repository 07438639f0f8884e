import type { Kysely } from 'kysely';
import { orderDataSchema } from '../../core/sync/wire-data';
import type { Tables } from '../storage/tables';

/** An order's place in the school's register: its number within its academic year. */
function registerKey(academicYear: string, number: number): string {
  return `${academicYear}#${number}`;
}

/**
 * The school's order register as a push sees it: which live order holds each number of each academic year. Two
 * office PCs may number an order alike while offline; the first to push keeps the number and the second is told
 * ORDER_NUMBER_TAKEN, pulls the holder and renumbers its own (docs/sync-protocol.md).
 */
export class OrderRegister {
  private readonly holders = new Map<string, string>();
  private readonly keys = new Map<string, string>();

  static async load(db: Kysely<Tables>, schoolId: string): Promise<OrderRegister> {
    const register = new OrderRegister();
    const rows = await db.selectFrom('records').select(['id', 'data']).where('school_id', '=', schoolId).where('type', '=', 'order').where('deleted', '=', 0).execute();
    for (const row of rows) {
      const order = row.data === null ? null : orderDataSchema.safeParse(JSON.parse(row.data));
      if (order?.success) register.hold(row.id, order.data.academicYear, order.data.number);
    }
    return register;
  }

  /** Whether another order than `id` holds that number. */
  takenByOther(id: string, academicYear: string, number: number): boolean {
    const holder = this.holders.get(registerKey(academicYear, number));
    return holder !== undefined && holder !== id;
  }

  hold(id: string, academicYear: string, number: number): void {
    this.release(id);
    const key = registerKey(academicYear, number);
    this.holders.set(key, id);
    this.keys.set(id, key);
  }

  release(id: string): void {
    const key = this.keys.get(id);
    if (key === undefined) return;
    this.holders.delete(key);
    this.keys.delete(id);
  }
}
