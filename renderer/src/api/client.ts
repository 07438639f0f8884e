import type { MethodInput, MethodName, MethodOutput } from '../../../core/api/contract';
import type { ProgressSource } from '../../../core/api/progress';
import type { AppErrorCode } from '../../../core/errors';
import type { Transport } from './transport';
import { RunTokenRejected } from './web-transport';

/** A failed call as the UI sees it: the backend's code and params, rendered through i18n `errors.<code>`. */
export class CallError extends Error {
  constructor(
    readonly code: AppErrorCode | 'NETWORK',
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'CallError';
  }
}

/** Whatever a call or a task threw, as the UI shows it: anything not from the backend is an internal error. */
export function toCallError(err: unknown): CallError {
  return err instanceof CallError ? err : new CallError('INTERNAL');
}

export interface ClientEvents {
  /** The session is gone (logged out elsewhere, backend restarted): the UI returns to the login screen. */
  onUnauthenticated(): void;
  onRunTokenRejected(): void;
}

export interface ApiClient extends ProgressSource {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function createClient(transport: Transport, session: () => string | null, events: ClientEvents): ApiClient {
  return {
    async call(method, input) {
      let result;
      try {
        result = await transport.invoke(method, input, session());
      } catch (err) {
        if (err instanceof RunTokenRejected) {
          events.onRunTokenRejected();
          throw new CallError('UNAUTHENTICATED', { reason: 'run_token' });
        }
        throw new CallError('NETWORK');
      }
      if (result.ok) return result.value as MethodOutput<typeof method>;
      if (result.error.code === 'UNAUTHENTICATED' && method !== 'auth.login') events.onUnauthenticated();
      throw new CallError(result.error.code, result.error.params);
    },
    onProgress: (listener) => transport.onProgress(listener),
  };
}
