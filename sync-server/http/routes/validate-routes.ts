import { Hono } from 'hono';
import type { CardReport } from '../../../core/sync/card-report';
import { validateBodySchema } from '../../../core/sync/validate';
import { wireDataSchemas } from '../../../core/sync/wire-data';
import { judgeCards, statusOf, type TypedCard } from '../../validation/card-verdict';
import { activeEnrollments, schoolToday } from '../../validation/school-enrollments';
import type { AppDeps, AppEnv } from '../app-env';
import { rateLimit } from '../rate-limit';
import { jsonBody, parseInput } from '../request-input';

/**
 * POST /validate: one card checked as a push would check it (core checks and registry), not stored. A card sent
 * with the id of one of the school's students is judged with that student's enrollment. Limited per school (all its
 * tokens together) below the general limit, and logged, as it reads the registry without storing a card.
 */
export function validateRoutes(deps: AppDeps): Hono<AppEnv> {
  const perSchool = rateLimit(
    {
      perMinute: deps.validateRateLimitPerMinute,
      keyOf: (c) => c.get('school').id,
      who: "this school's /validate",
      // The school and how often; never the card: personal data stays out of the log.
      onPass: (c, count) => console.info(`sync-server: validate by school ${c.get('school').code} (${count} this minute)`),
    },
    deps.now,
  );
  return new Hono<AppEnv>().post('/validate', deps.auth, deps.limit, perSchool, async (c) => {
    const body = await jsonBody(c, validateBodySchema, deps.bodyLimitBytes);
    const school = c.get('school');
    const now = deps.now();
    const today = schoolToday(school, now);
    const id = body.id ?? '';
    const card: TypedCard =
      body.type === 'student'
        ? { id, type: 'student', data: parseInput(wireDataSchemas.student, body.data, 'card') }
        : { id, type: 'staff', data: parseInput(wireDataSchemas.staff, body.data, 'card') };
    const enrolled = body.id === undefined ? undefined : await activeEnrollments(deps.db, school.id, today);
    const [verdict] = await judgeCards([card], { country: school.country, today, ...(enrolled ? { enrolled } : {}) }, deps.registry);
    const judged = verdict ?? { issues: [], pending: true };
    const report: CardReport = { cardId: id, type: body.type, rev: null, status: statusOf(judged), checkedAt: now.toISOString(), issues: judged.issues };
    return c.json(report);
  });
}
