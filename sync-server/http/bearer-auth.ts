import type { MiddlewareHandler } from 'hono';
import { schoolOfToken, tokenHash } from '../admin/tokens';
import { ApiError } from '../api-error';
import type { ServerDb } from '../storage/database';
import type { AppEnv } from './app-env';

const deviceIdPattern = /^[\w.:-]{1,100}$/;

/** Resolves `Authorization: Bearer …` to exactly one school, or answers 401; notes the device (X-Device-Id). */
export function bearerAuth(db: ServerDb): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const token = match?.[1];
    if (!token) throw new ApiError('UNAUTHENTICATED', 'a bearer token is required');
    const school = await schoolOfToken(db, token);
    if (!school) throw new ApiError('UNAUTHENTICATED', 'the token is not valid or was revoked');
    const deviceId = c.req.header('X-Device-Id') ?? '';
    if (deviceId !== '' && !deviceIdPattern.test(deviceId)) {
      throw new ApiError('INVALID_INPUT', 'X-Device-Id is not valid', [{ path: 'headers.X-Device-Id', message: 'letters, digits, "_", ".", ":" and "-", at most 100' }]);
    }
    c.set('school', school);
    c.set('tokenHash', tokenHash(token));
    c.set('deviceId', deviceId);
    await next();
  };
}
