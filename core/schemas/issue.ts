import { z } from 'zod';

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

/** Parameters travel to the UI, which renders the message for `code` in the user's language. */
export const issueParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const issueSchema = z.object({
  code: z.string().max(100),
  severity: severitySchema,
  /** Path of the field in the card, dot-separated: `taxId`, `documents.0.number`, `lastName`. */
  field: z.string().max(500).optional(),
  params: issueParamsSchema.optional(),
  registryValue: z.string().max(1000).optional(),
});
export type Issue = z.infer<typeof issueSchema>;

/** Overall check status of a card as the local checks see it. */
export const checkStatusSchema = z.enum(['ok', 'warning', 'error']);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export function statusOf(issues: readonly Issue[]): CheckStatus {
  if (issues.some((i) => i.severity === 'error')) return 'error';
  if (issues.length > 0) return 'warning';
  return 'ok';
}
