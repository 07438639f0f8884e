import { z } from 'zod';
import { issueParamsSchema } from './schemas/issue';

/** Codes of errors a backend call can answer with. The UI renders `errors.<code>` in the user's language. */
export const appErrorCodeSchema = z.enum([
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'SETUP_ALREADY_DONE',
  'SETUP_REQUIRED',
  'NOT_FOUND',
  'STALE_VERSION',
  'SYNC_NOT_CONFIGURED',
  'SYNC_UNREACHABLE',
  'SYNC_UNAUTHORIZED',
  'SYNC_REFUSED',
  'SYNC_IN_PROGRESS',
  'INTERNAL',
]);
export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;

export const appErrorSchema = z.object({ code: appErrorCodeSchema, params: issueParamsSchema.optional() });
export type AppErrorValue = z.infer<typeof appErrorSchema>;

/** Thrown inside handlers; transports turn it into `{ code, params }`. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'AppError';
  }

  toValue(): AppErrorValue {
    return this.params ? { code: this.code, params: this.params } : { code: this.code };
  }
}
