import { Hono } from 'hono';
import { reportsQuerySchema, type ReportsAnswer } from '../../../core/sync/card-report';
import { reportOfRow } from '../../validation/card-revalidation';
import type { AppDeps, AppEnv } from '../app-env';
import { parseInput } from '../request-input';

/** GET /reports/cards?status=: the school's card reports, with the counts of every status. */
export function reportsRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/reports/cards', async (c) => {
    const { status } = parseInput(reportsQuerySchema, c.req.query(), 'query');
    const schoolId = c.get('school').id;
    const counts = await deps.db
      .selectFrom('card_reports')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .where('school_id', '=', schoolId)
      .groupBy('status')
      .execute();
    const summary: ReportsAnswer['summary'] = { total: 0, verified: 0, warning: 0, error: 0, pending: 0 };
    for (const { status: s, n } of counts) {
      if (s === 'verified' || s === 'warning' || s === 'error' || s === 'pending') summary[s] = Number(n);
      summary.total += Number(n);
    }
    let query = deps.db.selectFrom('card_reports').selectAll().where('school_id', '=', schoolId);
    if (status !== 'all') query = query.where('status', '=', status);
    const rows = await query.orderBy('type').orderBy('card_id').execute();
    const answer: ReportsAnswer = { generatedAt: deps.now().toISOString(), summary, cards: rows.map(reportOfRow) };
    return c.json(answer);
  });
}
