import { Hono } from 'hono';
import { reportsQuerySchema, type ReportsAnswer } from '../../../core/sync/card-report';
import { reportRows, reportSummary } from '../../storage/report-queries';
import { reportOfRow } from '../../validation/card-revalidation';
import type { AppDeps, AppEnv } from '../app-env';
import { parseInput } from '../request-input';

/** GET /reports/cards?status=: the school's card reports, with the counts of every status. */
export function reportsRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/reports/cards', deps.auth, deps.limit, async (c) => {
    const { status } = parseInput(reportsQuerySchema, c.req.query(), 'query');
    const schoolId = c.get('school').id;
    const summary = await reportSummary(deps.db, schoolId);
    const rows = await reportRows(deps.db, schoolId, status);
    const answer: ReportsAnswer = { generatedAt: deps.now().toISOString(), summary, cards: rows.map(reportOfRow) };
    return c.json(answer);
  });
}
