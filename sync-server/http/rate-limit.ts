import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';
import type { AppEnv } from './app-env';

/**
 * Requests per token per minute, counted in fixed one-minute windows in this process's memory (several instances
 * behind a load balancer each allow this many).
 */
export function rateLimit(perMinute: number, now: () => Date): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const key = c.get('tokenHash');
    const minute = Math.floor(now().getTime() / 60_000);
    const window = windows.get(key);
    if (!window || window.start !== minute) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: minute, count: 1 });
    } else if (++window.count > perMinute) {
      c.header('Retry-After', String(60 - (Math.floor(now().getTime() / 1000) % 60)));
      throw new ApiError('RATE_LIMITED', `more than ${perMinute} requests a minute with this token`);
    }
    await next();
  };
}
