import { cardStatusSchema, type CardStatus, type ReportsSummary } from '../../core/sync/card-report';
import type { ServerDb } from './database';
import type { CardReportsTable } from './tables';

/** How many of the school's cards have each status, and all together. */
export async function reportSummary(db: ServerDb, schoolId: string): Promise<ReportsSummary> {
  const counts = await db
    .selectFrom('card_reports')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .where('school_id', '=', schoolId)
    .groupBy('status')
    .execute();
  const summary: ReportsSummary = { total: 0, verified: 0, warning: 0, error: 0, pending: 0 };
  for (const { status, n } of counts) {
    const known = cardStatusSchema.safeParse(status);
    if (known.success) summary[known.data] = Number(n);
    summary.total += Number(n);
  }
  return summary;
}

/** The school's stored reports of one status (or all), by card type and id. */
export async function reportRows(db: ServerDb, schoolId: string, status: CardStatus | 'all'): Promise<CardReportsTable[]> {
  let query = db.selectFrom('card_reports').selectAll().where('school_id', '=', schoolId);
  if (status !== 'all') query = query.where('status', '=', status);
  return query.orderBy('type').orderBy('card_id').execute();
}
