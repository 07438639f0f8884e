import { z } from 'zod';
import { countrySchema } from '../schemas/common';
import { severitySchema } from '../schemas/issue';
import { reportsSummarySchema } from '../sync/card-report';
import { schoolStatuses } from './school-status';

/** A district as the overview names it. */
export const districtRefSchema = z.object({ code: z.string(), name: z.string() });
export type DistrictRef = z.infer<typeof districtRefSchema>;

/** One school's state as a district or ministry officer sees it: counts only, never a person (DESIGN §11). */
export const schoolOverviewSchema = z.object({
  code: z.string(),
  name: z.string(),
  country: countrySchema,
  district: districtRefSchema.nullable(),
  /** The last push or pull of any of the school's devices; null: never synced. */
  lastSyncAt: z.string().nullable(),
  /** Student and staff cards on the server (not deleted). */
  students: z.number().int(),
  staff: z.number().int(),
  cards: reportsSummarySchema,
});
export type SchoolOverview = z.infer<typeof schoolOverviewSchema>;

/** GET /api/v1/overview/schools. */
export const overviewAnswerSchema = z.object({ generatedAt: z.string(), schools: z.array(schoolOverviewSchema) });
export type OverviewAnswer = z.infer<typeof overviewAnswerSchema>;

/** How many of a school's cards carry an issue code (a card with the code twice counts once). */
export const issueCountSchema = z.object({
  code: z.string(),
  severity: severitySchema,
  cards: z.number().int(),
  students: z.number().int(),
  staff: z.number().int(),
});
export type IssueCount = z.infer<typeof issueCountSchema>;

/** GET /api/v1/overview/schools/CODE/issues: most frequent first. */
export const schoolIssuesAnswerSchema = z.object({
  generatedAt: z.string(),
  school: z.object({ code: z.string(), name: z.string(), district: districtRefSchema.nullable() }),
  cards: reportsSummarySchema,
  issues: z.array(issueCountSchema),
});
export type SchoolIssuesAnswer = z.infer<typeof schoolIssuesAnswerSchema>;

/** The overview's rows narrowed and ordered as the dashboard shows them (the workbook export takes the same). */
export const schoolStatusSchema = z.enum(schoolStatuses);

export const overviewSortSchema = z.enum(['code', 'name', 'district', 'lastSyncAt', 'students', 'staff', 'total', 'verifiedShare', 'error', 'warning', 'pending']);
export type OverviewSort = z.infer<typeof overviewSortSchema>;

export const overviewViewSchema = z.object({
  q: z.string().max(200).default(''),
  district: z.string().max(50).default(''),
  status: z.union([schoolStatusSchema, z.literal('')]).default(''),
  sort: overviewSortSchema.default('code'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type OverviewView = z.infer<typeof overviewViewSchema>;
