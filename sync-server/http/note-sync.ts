import type { MiddlewareHandler } from 'hono';
import { noteSchoolSync } from '../overview/school-syncs';
import type { ServerDb } from '../storage/database';
import type { AppEnv } from './app-env';

/** After a push or pull the school's token made successfully, notes the school's last sync; declared after `auth`. */
export function noteSync(db: ServerDb, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status < 400) await noteSchoolSync(db, c.get('school').id, now());
  };
}
