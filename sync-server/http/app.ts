import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { ApiError } from '../api-error';
import { mirrorAdapter } from '../registry/mirror-adapter';
import type { RegistryAdapter } from '../registry/registry-adapter';
import type { ServerDb } from '../storage/database';
import type { AppDeps, AppEnv } from './app-env';
import { bearerAuth } from './bearer-auth';
import { rateLimit } from './rate-limit';
import { auditAnchorRoutes } from './routes/audit-anchor-routes';
import { authRoutes } from './routes/auth-routes';
import { dashboardRoutes } from './routes/dashboard-routes';
import { healthRoutes } from './routes/health-routes';
import { overviewRoutes } from './routes/overview-routes';
import { pullRoutes } from './routes/pull-routes';
import { pushRoutes } from './routes/push-routes';
import { reportsRoutes } from './routes/reports-routes';
import { rulesRoutes } from './routes/rules-routes';
import { validateRoutes } from './routes/validate-routes';
import { verifyRoutes } from './routes/verify-routes';

export interface AppOptions {
  db: ServerDb;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** Defaults to the registry mirror held in `db`. */
  registry?: RegistryAdapter;
  /** Requests per token per minute; generous, so a school's Sync all of several PCs never meets it. */
  rateLimitPerMinute?: number;
  /** Largest request body in bytes: a push of 5,000 cards with photos fits. */
  bodyLimitBytes?: number;
  /** /validate calls per school per minute: enough to check cards while typing, too few to read the registry out. */
  validateRateLimitPerMinute?: number;
  /** Verification lookups per client address per minute (no token: a person who scanned a printout's QR code). */
  verifyRateLimitPerMinute?: number;
}

export const defaultRateLimitPerMinute = 600;
export const defaultValidateRateLimitPerMinute = 60;
export const defaultBodyLimitBytes = 64 * 1024 * 1024;
export const defaultVerifyRateLimitPerMinute = 30;

/**
 * A refusal before the body was read (no token, rate limit, too large) ends the connection: the server drops the
 * unread rest of the body, and a client that sent the next request on the same connection would see it cut.
 */
function closeUnreadBody(c: Context): void {
  if (c.req.raw.body !== null && !c.req.raw.bodyUsed) c.header('Connection', 'close');
}

/** The central server (DESIGN §5) as a Hono app, under /api/v1. */
export function createApp(options: AppOptions): Hono {
  const db = options.db;
  const now = options.now ?? (() => new Date());
  const deps: AppDeps = {
    db,
    registry: options.registry ?? mirrorAdapter(db),
    now,
    bodyLimitBytes: options.bodyLimitBytes ?? defaultBodyLimitBytes,
    auth: bearerAuth(db),
    limit: rateLimit({ perMinute: options.rateLimitPerMinute ?? defaultRateLimitPerMinute, keyOf: (c) => c.get('tokenHash'), who: 'this token' }, now),
    validateRateLimitPerMinute: options.validateRateLimitPerMinute ?? defaultValidateRateLimitPerMinute,
  };
  const tooLarge = new ApiError('PAYLOAD_TOO_LARGE', `the body is larger than ${deps.bodyLimitBytes} bytes`);

  // Each router declares its own middleware (token, rate limits) on its own paths.
  const api = new Hono<AppEnv>()
    .route('/', healthRoutes())
    .route('/', rulesRoutes())
    .route('/', pushRoutes(deps))
    .route('/', pullRoutes(deps))
    .route('/', reportsRoutes(deps))
    .route('/', validateRoutes(deps))
    .route('/', auditAnchorRoutes(deps))
    .route('/', authRoutes(deps))
    .route('/', overviewRoutes(deps));

  const app = new Hono();
  app.use(compress());
  app.use(
    bodyLimit({
      maxSize: deps.bodyLimitBytes,
      onError: (c) => {
        closeUnreadBody(c);
        return c.json(tooLarge.body(), tooLarge.status);
      },
    }),
  );
  app.route('/api/v1', api);
  app.notFound((c) => {
    closeUnreadBody(c);
    return c.json(new ApiError('NOT_FOUND', `no such endpoint: ${c.req.method} ${c.req.path}`).body(), 404);
  });
  app.route('/', verifyRoutes(deps, options.verifyRateLimitPerMinute ?? defaultVerifyRateLimitPerMinute));
  app.route('/', dashboardRoutes());
  app.onError((err, c) => {
    closeUnreadBody(c);
    if (err instanceof ApiError) return c.json(err.body(), err.status);
    // The client learns only that something failed; the cause goes to the server's log.
    console.error(`sync-server: ${c.req.method} ${c.req.path} failed:`, err);
    return c.json(new ApiError('INTERNAL', 'the server could not complete the request').body(), 500);
  });
  return app;
}
