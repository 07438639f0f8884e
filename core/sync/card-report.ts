import { z } from 'zod';
import { issueSchema } from '../schemas/issue';

/** `verified` = no issue at all; `warning` = only warnings; `error` = at least one error; `pending` = the registry did not answer. */
export const cardStatusSchema = z.enum(['verified', 'warning', 'error', 'pending']);
export type CardStatus = z.infer<typeof cardStatusSchema>;

export const cardTypeSchema = z.enum(['student', 'staff']);
export type CardType = z.infer<typeof cardTypeSchema>;

/** The server's verdict on one card (DESIGN §5). */
export const cardReportSchema = z.object({
  cardId: z.string(),
  type: cardTypeSchema,
  rev: z.number().int().nullable(),
  status: cardStatusSchema,
  checkedAt: z.string(),
  issues: z.array(issueSchema),
});
export type CardReport = z.infer<typeof cardReportSchema>;

export const reportsQuerySchema = z.object({ status: z.enum(['all', ...cardStatusSchema.options]).default('all') });

export const reportsSummarySchema = z.object({
  total: z.number().int(),
  verified: z.number().int(),
  warning: z.number().int(),
  error: z.number().int(),
  pending: z.number().int(),
});
export type ReportsSummary = z.infer<typeof reportsSummarySchema>;

/** Answer of GET /api/v1/reports/cards: the summary counts every card, `cards` only those of the status asked. */
export const reportsAnswerSchema = z.object({
  generatedAt: z.string(),
  summary: reportsSummarySchema,
  cards: z.array(cardReportSchema),
});
export type ReportsAnswer = z.infer<typeof reportsAnswerSchema>;
