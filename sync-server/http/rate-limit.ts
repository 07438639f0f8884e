import type { Context, Env, MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';
import type { AppEnv } from './app-env';

export interface RateLimit<E extends Env = AppEnv> {
  perMinute: number;
  /** Who is counted: a token, a school, a client address. */
  keyOf: (c: Context<E>) => string;
  /** Who went over, for the error message: "this token". */
  who: string;
  /** Told of each request let through, with its number in the minute. */
  onPass?: (c: Context<E>, count: number) => void;
}

/**
 * Requests per key per minute, counted in fixed one-minute windows in this process's memory (several instances
 * behind a load balancer each allow this many). A key of the token or the school needs bearerAuth before it.
 */
export function rateLimit<E extends Env = AppEnv>(limit: RateLimit<E>, now: () => Date): MiddlewareHandler<E> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const key = limit.keyOf(c);
    const minute = Math.floor(now().getTime() / 60_000);
    let window = windows.get(key);
    if (!window || window.start !== minute) {
      if (windows.size > 10_000) windows.clear();
      window = { start: minute, count: 1 };
      windows.set(key, window);
    } else if (++window.count > limit.perMinute) {
      c.header('Retry-After', String(60 - (Math.floor(now().getTime() / 1000) % 60)));
      throw new ApiError('RATE_LIMITED', `more than ${limit.perMinute} requests a minute with ${limit.who}`);
    }
    limit.onPass?.(c, window.count);
    await next();
  };
}
