import { Hono } from 'hono';
import { z } from 'zod';
import { pushEnvelopeSchema } from '../../../core/sync/push';
import { pushBatch } from '../../sync/push-batch';
import type { AppDeps, AppEnv } from '../app-env';
import { noteSync } from '../note-sync';
import { jsonBodyAndText } from '../request-input';

/** The envelope's schema compiled (z.compile): checked once per push over up to 5,000 changes. */
const envelopeSchema = z.compile(pushEnvelopeSchema);

/** POST /sync/push: a batch of a device's changes (DESIGN §5). */
export function pushRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post('/sync/push', deps.auth, deps.limit, noteSync(deps.db, deps.now), async (c) => {
    const { value, text } = await jsonBodyAndText(c, envelopeSchema, deps.bodyLimitBytes);
    const answer = await pushBatch({ db: deps.db, registry: deps.registry, school: c.get('school'), deviceId: c.get('deviceId'), now: deps.now() }, value, text);
    return c.body(answer, 200, { 'Content-Type': 'application/json' });
  });
}
