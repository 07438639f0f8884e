import { Hono } from 'hono';
import { pullQuerySchema } from '../../../core/sync/pull';
import { pullChanges } from '../../sync/pull-changes';
import type { AppDeps, AppEnv } from '../app-env';
import { noteSync } from '../note-sync';
import { parseInput } from '../request-input';

/** GET /sync/pull?since=&limit=: the school's other devices' changes and report updates after the cursor. */
export function pullRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/sync/pull', deps.auth, deps.limit, noteSync(deps.db, deps.now), async (c) => {
    const query = parseInput(pullQuerySchema, c.req.query(), 'query');
    const answer = await pullChanges({ db: deps.db, schoolId: c.get('school').id, deviceId: c.get('deviceId'), since: Number(query.since ?? 0), limit: query.limit });
    return c.json(answer);
  });
}
