import type { InvokeResult } from '../../core/api/invoke-result';
import { can } from '../../core/auth/permissions';
import { AppError } from '../../core/errors';
import type { HandlerContext } from './handler';
import { handlerTable } from './handler-table';

/**
 * The one entry point both transports (IPC, web mode) call: parses the input with the method's schema, checks the
 * permission the contract names, runs the handler and turns thrown errors into `{ code, params }` values.
 */
export async function dispatch(
  base: Omit<HandlerContext, 'user' | 'session'>,
  method: string,
  rawInput: unknown,
  session: string | null,
): Promise<InvokeResult> {
  try {
    const entry = handlerTable.get(method);
    if (!entry) throw new AppError('UNKNOWN_METHOD', { method });
    const parsed = entry.contract.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AppError('INVALID_INPUT', { method, path: first ? first.path.join('.') : '', reason: first?.message ?? '' });
    }
    const user = session ? base.sessions.resolve(session) : null;
    const { permission } = entry.contract;
    if (permission !== 'public') {
      if (!user) throw new AppError('UNAUTHENTICATED');
      if (!can(user.role, permission)) throw new AppError('FORBIDDEN', { permission });
    }
    return { ok: true, value: await entry.run({ ...base, user, session }, parsed.data) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toValue() };
    console.error(`[backend] ${method} failed:`, err instanceof Error ? err.stack : err);
    return { ok: false, error: { code: 'INTERNAL' } };
  }
}
