import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { anchorBodySchema } from '../../../core/sync/audit-anchor';
import { anchorSeen, checkAnchor } from '../../audit/audit-anchors';
import { ApiError } from '../../api-error';
import type { AppDeps, AppEnv } from '../app-env';
import { jsonBody } from '../request-input';

/** An anchor body is two heads: a few hundred bytes. */
const anchorBodyLimit = 4096;

function device(c: Context<AppEnv>): { schoolId: string; deviceId: string } {
  const deviceId = c.get('deviceId');
  if (deviceId === '') throw new ApiError('INVALID_INPUT', 'X-Device-Id is required', [{ path: 'headers.X-Device-Id', message: 'the device whose audit chain this is' }]);
  return { schoolId: c.get('school').id, deviceId };
}

/**
 * GET and POST /sync/audit-anchor (issue 13, item 8): the head of a device's audit chain the server holds, and the
 * check that the chain still extends it. A school reaches only its own devices' anchors.
 */
export function auditAnchorRoutes(deps: AppDeps): Hono<AppEnv> {
  const tooLarge = new ApiError('PAYLOAD_TOO_LARGE', `an audit anchor is at most ${anchorBodyLimit} bytes`);
  return new Hono<AppEnv>()
    .use('/sync/audit-anchor', deps.auth, deps.limit)
    .use('/sync/audit-anchor', bodyLimit({ maxSize: anchorBodyLimit, onError: (c) => c.json(tooLarge.body(), tooLarge.status) }))
    .get('/sync/audit-anchor', async (c) => c.json(await anchorSeen(deps.db, device(c))))
    .post('/sync/audit-anchor', async (c) => {
      const body = await jsonBody(c, anchorBodySchema, anchorBodyLimit);
      return c.json(await checkAnchor(deps.db, device(c), body, deps.now()));
    });
}
