import { z } from 'zod';
import type { DistrictRef, IssueCount, SchoolOverview } from '../../core/overview/overview';
import { issueSchema } from '../../core/schemas/issue';
import { cardStatusSchema, cardTypeSchema, type ReportsSummary } from '../../core/sync/card-report';
import type { PersonSession } from '../people/sessions';
import type { ServerDb } from '../storage/database';
import { reportSummary } from '../storage/report-queries';
import type { SchoolsTable } from '../storage/tables';

/** Only what the overview counts; a stored issue's params and registry values stay on the server. */
const storedIssuesSchema = z.array(issueSchema.pick({ code: true, severity: true }));

function emptySummary(): ReportsSummary {
  return { total: 0, verified: 0, warning: 0, error: 0, pending: 0 };
}

/** The district an officer is limited to; `all` for the ministry. */
function scopeOf(session: PersonSession): { districtId: string } | 'all' {
  return session.person.role === 'ministry' ? 'all' : { districtId: session.districtId ?? '' };
}

/**
 * Every school the officer may see with its counts, in three queries: the schools (by district, with their last sync)
 * and two aggregates that SQLite and PostgreSQL answer from the indexes alone (card_reports by school and status,
 * records by school, type and deleted) — no query per school; the counts are read from the indexes, not the rows.
 */
export async function schoolsOverview(db: ServerDb, session: PersonSession): Promise<SchoolOverview[]> {
  const scope = scopeOf(session);
  let schoolsQuery = db
    .selectFrom('schools')
    .leftJoin('districts', 'districts.id', 'schools.district_id')
    .leftJoin('school_syncs', 'school_syncs.school_id', 'schools.id')
    .select(['schools.id', 'schools.code', 'schools.name', 'schools.country', 'districts.code as district_code', 'districts.name as district_name', 'school_syncs.last_sync_at']);
  let reportsQuery = db
    .selectFrom('card_reports')
    .select((eb) => ['school_id', 'status', eb.fn.countAll<number | string>().as('n')])
    .groupBy(['school_id', 'status']);
  let recordsQuery = db
    .selectFrom('records')
    .select((eb) => ['school_id', 'type', eb.fn.countAll<number | string>().as('n')])
    .where('type', 'in', cardTypeSchema.options)
    .where('deleted', '=', 0)
    .groupBy(['school_id', 'type']);
  if (scope !== 'all') {
    const districtSchools = db.selectFrom('schools').select('id').where('district_id', '=', scope.districtId);
    schoolsQuery = schoolsQuery.where('schools.district_id', '=', scope.districtId);
    reportsQuery = reportsQuery.where('school_id', 'in', districtSchools);
    recordsQuery = recordsQuery.where('school_id', 'in', districtSchools);
  }
  const [schools, reports, records] = await Promise.all([schoolsQuery.orderBy('schools.code').execute(), reportsQuery.execute(), recordsQuery.execute()]);

  const summaries = new Map<string, ReportsSummary>();
  for (const { school_id, status, n } of reports) {
    const summary = summaries.get(school_id) ?? emptySummary();
    const known = cardStatusSchema.safeParse(status);
    if (known.success) summary[known.data] += Number(n);
    summary.total += Number(n);
    summaries.set(school_id, summary);
  }
  const cardCounts = new Map<string, { student: number; staff: number }>();
  for (const { school_id, type, n } of records) {
    const counts = cardCounts.get(school_id) ?? { student: 0, staff: 0 };
    if (type === 'student' || type === 'staff') counts[type] += Number(n);
    cardCounts.set(school_id, counts);
  }
  return schools.map((s) => ({
    code: s.code,
    name: s.name,
    country: s.country,
    district: s.district_code !== null && s.district_name !== null ? { code: s.district_code, name: s.district_name } : null,
    lastSyncAt: s.last_sync_at,
    students: cardCounts.get(s.id)?.student ?? 0,
    staff: cardCounts.get(s.id)?.staff ?? 0,
    cards: summaries.get(s.id) ?? emptySummary(),
  }));
}

export type SchoolInScope = { found: true; school: SchoolsTable; district: DistrictRef | null } | { found: false; reason: 'unknown' | 'outside' };

/**
 * The school of a code if the officer may see it. To a district officer a school of another district and one that
 * does not exist look the same (`outside`), so the answer does not tell which codes exist elsewhere.
 */
export async function schoolInScope(db: ServerDb, session: PersonSession, code: string): Promise<SchoolInScope> {
  const row = await db
    .selectFrom('schools')
    .leftJoin('districts', 'districts.id', 'schools.district_id')
    .selectAll('schools')
    .select(['districts.code as district_code', 'districts.name as district_name'])
    .where('schools.code', '=', code)
    .executeTakeFirst();
  const scope = scopeOf(session);
  if (scope !== 'all' && row?.district_id !== scope.districtId) return { found: false, reason: 'outside' };
  if (!row) return { found: false, reason: 'unknown' };
  const { district_code, district_name, ...school } = row;
  return { found: true, school, district: district_code !== null && district_name !== null ? { code: district_code, name: district_name } : null };
}

/** How many of the school's cards carry each issue code, by card type; most frequent first. */
export async function schoolIssueCounts(db: ServerDb, schoolId: string): Promise<{ cards: ReportsSummary; issues: IssueCount[] }> {
  const rows = await db.selectFrom('card_reports').select(['type', 'issues']).where('school_id', '=', schoolId).where('issues', '<>', '[]').execute();
  const counts = new Map<string, IssueCount>();
  for (const row of rows) {
    const type = cardTypeSchema.safeParse(row.type);
    const seen = new Set<string>();
    for (const issue of storedIssuesSchema.parse(JSON.parse(row.issues))) {
      const key = `${issue.code}\u0000${issue.severity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const count = counts.get(key) ?? { code: issue.code, severity: issue.severity, cards: 0, students: 0, staff: 0 };
      count.cards += 1;
      if (type.success) count[type.data === 'student' ? 'students' : 'staff'] += 1;
      counts.set(key, count);
    }
  }
  const issues = [...counts.values()].sort((a, b) => b.cards - a.cards || a.code.localeCompare(b.code) || a.severity.localeCompare(b.severity));
  return { cards: await reportSummary(db, schoolId), issues };
}
