import { z } from 'zod';
import { cardReportSchema } from './card-report';
import { serverRecordSchema } from './push';

export const maxPullLimit = 5000;

/** `since` is the opaque cursor of the previous answer; absent on a device's first pull. */
export const pullQuerySchema = z.object({
  since: z.string().regex(/^\d{1,15}$/).optional(),
  limit: z.coerce.number().int().min(1).max(maxPullLimit).default(1000),
});

export const pullAnswerSchema = z.object({
  changes: z.array(serverRecordSchema),
  reports: z.array(cardReportSchema),
  cursor: z.string(),
  more: z.boolean(),
});
export type PullAnswer = z.infer<typeof pullAnswerSchema>;
