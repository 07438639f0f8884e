import { Hono } from 'hono';
import { z } from 'zod';
import { overviewViewSchema, type OverviewAnswer, type SchoolIssuesAnswer } from '../../../core/overview/overview';
import { languageSchema } from '../../../core/schemas/common';
import { tokenHash } from '../../admin/tokens';
import { ApiError } from '../../api-error';
import { overviewWorkbook } from '../../overview/overview-workbook';
import { schoolInScope, schoolIssueCounts, schoolsOverview } from '../../overview/overview-queries';
import { schoolJournalAggregates } from '../../overview/journal-aggregates';
import type { SchoolJournalsAnswer } from '../../../core/overview/journal-overview';
import type { AppDeps, PersonEnv } from '../app-env';
import { personAuth } from '../person-auth';
import { rateLimit } from '../rate-limit';
import { parseInput } from '../request-input';

/** Requests per session per minute: a dashboard makes a few per minute, a script reading every school's issues many. */
export const overviewRateLimitPerMinute = 120;

const schoolPathSchema = z.object({ code: z.string().min(1).max(50) });

const exportQuerySchema = overviewViewSchema.extend({ lang: languageSchema.extract(['uk', 'en']).default('uk') });

/**
 * The district's and the ministry's view (DESIGN §11): counts per school, never a person. A district officer reaches
 * the district's schools, a ministry officer all; `/overview/schools.xlsx` is the same table as a workbook, narrowed
 * and ordered as the dashboard shows it.
 */
export function overviewRoutes(deps: AppDeps): Hono<PersonEnv> {
  const limit = rateLimit<PersonEnv>({ perMinute: overviewRateLimitPerMinute, keyOf: (c) => tokenHash(c.get('sessionToken')), who: 'this session' }, deps.now);
  return new Hono<PersonEnv>()
    .use('/overview/*', personAuth(deps.db, deps.now), limit)
    .get('/overview/schools', async (c) => {
      const answer: OverviewAnswer = { generatedAt: deps.now().toISOString(), schools: await schoolsOverview(deps.db, c.get('session')) };
      return c.json(answer);
    })
    .get('/overview/schools.xlsx', async (c) => {
      const { lang, ...view } = parseInput(exportQuerySchema, c.req.query(), 'query');
      const now = deps.now();
      const bytes = await overviewWorkbook(await schoolsOverview(deps.db, c.get('session')), view, lang, now);
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', `attachment; filename="schools-${now.toISOString().slice(0, 10)}.xlsx"`);
      return c.body(bytes);
    })
    .get('/overview/schools/:code/issues', async (c) => {
      const found = await reachableSchool(deps, c.get('session'), c.req.param());
      const { cards, issues } = await schoolIssueCounts(deps.db, found.school.id);
      const answer: SchoolIssuesAnswer = {
        generatedAt: deps.now().toISOString(),
        school: { code: found.school.code, name: found.school.name, district: found.district },
        cards,
        issues,
      };
      return c.json(answer);
    })
    .get('/overview/schools/:code/journals', async (c) => {
      const found = await reachableSchool(deps, c.get('session'), c.req.param());
      const now = deps.now();
      const answer: SchoolJournalsAnswer = {
        generatedAt: now.toISOString(),
        school: { code: found.school.code, name: found.school.name, district: found.district },
        periods: await schoolJournalAggregates(deps.db, found.school.id, now.toISOString().slice(0, 10)),
      };
      return c.json(answer);
    });
}

/** The school of the path if the officer may see it: 403 outside a district officer's district, 404 for no such code. */
async function reachableSchool(deps: AppDeps, session: PersonEnv['Variables']['session'], param: unknown) {
  const { code } = parseInput(schoolPathSchema, param, 'path');
  const found = await schoolInScope(deps.db, session, code);
  if (!found.found) {
    if (found.reason === 'outside') throw new ApiError('FORBIDDEN', "the school is not in your district's view");
    throw new ApiError('NOT_FOUND', 'no school has this code');
  }
  return found;
}
