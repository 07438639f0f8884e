import { apiErrorStatus, type ApiErrorCode, type ErrorBody, type ErrorDetail } from '../core/sync/error-body';

/** A refusal of a request, answered as `{ error: { code, message, details } }` with the status of its code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: ErrorDetail[] | Record<string, string | number>,
  ) {
    super(message);
  }

  get status(): (typeof apiErrorStatus)[ApiErrorCode] {
    return apiErrorStatus[this.code];
  }

  body(): ErrorBody {
    return { error: this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details } };
  }
}
