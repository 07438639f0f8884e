import { z } from 'zod';
import { academicYearLabelSchema } from '../academic/academic-year';
import { orderKindSchema } from '../academic/order';
import { appErrorSchema } from '../errors';
import { idSchema } from '../schemas/common';
import { issueSchema } from '../schemas/issue';
import { cardStatusSchema } from '../sync/card-report';
import { syncedTypeSchema } from '../sync/wire-data';
import { method } from './method';

export const reportSummarySchema = z.object({ verified: z.number(), warning: z.number(), error: z.number(), pending: z.number() });

/**
 * An order of this device that had to take another number: another office PC had given its number in the same
 * academic year and reached the server first. The office reprints it.
 */
export const renumberedOrderSchema = z.object({
  id: idSchema,
  academicYear: academicYearLabelSchema,
  date: z.iso.date(),
  kind: orderKindSchema,
  from: z.number().int(),
  to: z.number().int(),
});
export type RenumberedOrder = z.infer<typeof renumberedOrderSchema>;

export const syncResultSchema = z.object({
  finishedAt: z.string(),
  sent: z.number(),
  received: z.number(),
  conflicts: z.number(),
  rejected: z.number(),
  /** Pulled records still waiting for a record they refer to; they are applied once it arrives. */
  waiting: z.number().default(0),
  /** Pulled lessons, marks and grades not applied: their period is closed on this PC and no unlock covers them (PERIOD_CLOSED). */
  closedPeriodRefusals: z.number().default(0),
  renumberedOrders: z.array(renumberedOrderSchema).default([]),
  summary: reportSummarySchema,
});
export type SyncResult = z.infer<typeof syncResultSchema>;

const settingsOutput = z.object({
  serverUrl: z.string().nullable(),
  /** The last four characters of the token: it is never shown again in full. */
  tokenHint: z.string().nullable(),
  deviceId: z.string(),
  /** `os`: the token is sealed by the operating system's keychain; `plain`: only the data folder's permissions protect it. */
  secretStorage: z.enum(['os', 'plain']),
});

export const reportCardSchema = z.object({
  cardId: z.string(),
  type: z.enum(['student', 'staff']),
  name: z.string(),
  /** Current class of a student, the position of a member of staff. */
  detail: z.string().nullable(),
  status: cardStatusSchema,
  checkedAt: z.string(),
  issues: z.array(issueSchema),
});
export type ReportCard = z.infer<typeof reportCardSchema>;

export const syncApi = {
  'sync.settings': method('school.admin', z.object({}), settingsOutput),
  'sync.saveSettings': method(
    'school.admin',
    z.object({
      serverUrl: z.url({ protocol: /^https?$/ }).max(500),
      /** Left out to keep the stored token. */
      token: z.string().trim().min(16).max(500).optional(),
    }),
    settingsOutput,
  ),
  'sync.testConnection': method('sync.run', z.object({}), z.object({ version: z.string() })),
  /** Starts Sync all in the background; progress events of job `sync.start`: push, pull, then done | failed. */
  'sync.start': method('sync.run', z.object({}), z.object({ started: z.boolean() })),
  'sync.status': method(
    'authenticated',
    z.object({}),
    z.object({
      running: z.boolean(),
      /** Why the last run stopped early; nothing was lost, the next run continues. */
      error: appErrorSchema.nullable(),
      lastResult: syncResultSchema.nullable(),
      unsent: z.number(),
      conflicts: z.number(),
    }),
  ),
  'sync.report': method(
    'cards.read',
    z.object({ status: z.enum(['all', ...cardStatusSchema.options]).default('all') }),
    z.object({ summary: reportSummarySchema, cards: z.array(reportCardSchema) }),
  ),
  'sync.conflicts': method(
    'cards.read',
    z.object({}),
    z.object({ conflicts: z.array(z.object({ type: syncedTypeSchema, id: z.string(), name: z.string(), detectedAt: z.string(), server: z.unknown() })) }),
  ),
  'sync.resolveConflict': method('sync.run', z.object({ type: syncedTypeSchema, id: z.string(), keep: z.enum(['mine', 'server']) }), z.object({})),
};
