import { z } from 'zod';

/** Codes of the server's error answers (DESIGN §5), each with its HTTP status. */
export const apiErrorStatus = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BATCH_ID_REUSED: 409,
  MASS_DELETE: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;
export type ApiErrorCode = keyof typeof apiErrorStatus;

export const apiErrorCodeSchema = z.enum(Object.keys(apiErrorStatus) as [ApiErrorCode, ...ApiErrorCode[]]);

/** One invalid value of a request: its JSON path (`changes.3.baseRev`) and what is wrong. */
export const errorDetailSchema = z.object({ path: z.string(), message: z.string() });
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    details: z.union([z.array(errorDetailSchema), z.record(z.string(), z.union([z.string(), z.number()]))]).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
