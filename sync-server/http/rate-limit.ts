import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';
import type { AppEnv } from './app-env';

/**
 * Counts requests per key in fixed one-minute windows in this process's memory (several instances behind a load
 * balancer each allow this many). Answers whether one more is allowed, and how many seconds until the next window.
 */
function minuteWindows(perMinute: number, now: () => Date): (key: string) => number | null {
  const windows = new Map<string, { start: number; count: number }>();
  return (key) => {
    const minute = Math.floor(now().getTime() / 60_000);
    const window = windows.get(key);
    if (!window || window.start !== minute) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: minute, count: 1 });
    } else if (++window.count > perMinute) return 60 - (Math.floor(now().getTime() / 1000) % 60);
    return null;
  };
}

/** Requests per token per minute. */
export function rateLimit(perMinute: number, now: () => Date): MiddlewareHandler<AppEnv> {
  const hit = minuteWindows(perMinute, now);
  return async (c, next) => {
    const retryAfter = hit(c.get('tokenHash'));
    if (retryAfter !== null) {
      c.header('Retry-After', String(retryAfter));
      throw new ApiError('RATE_LIMITED', `more than ${perMinute} requests a minute with this token`);
    }
    await next();
  };
}

/** Requests per client address per minute, for what needs no token (verification of printed documents). */
export function addressRateLimit(perMinute: number, now: () => Date, addressOf: (c: Context) => string): MiddlewareHandler {
  const hit = minuteWindows(perMinute, now);
  return async (c, next) => {
    const retryAfter = hit(addressOf(c));
    if (retryAfter !== null) {
      c.header('Retry-After', String(retryAfter));
      throw new ApiError('RATE_LIMITED', `more than ${perMinute} requests a minute from this address`);
    }
    await next();
  };
}
