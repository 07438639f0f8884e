import { Hono } from 'hono';
import { ruleCatalogue } from '../../../core/rules/catalogue';

/** GET /rules: the rule catalogue (codes, severities, texts) the reports' issues refer to. Public data. */
export function rulesRoutes(): Hono {
  return new Hono().get('/rules', (c) => c.json({ rules: ruleCatalogue }));
}
