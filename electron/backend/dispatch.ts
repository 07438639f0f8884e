import { apiContract, type MethodName } from '../../core/api/contract';
import type { InvokeResult } from '../../core/api/invoke-result';
import { AppError } from '../../core/errors';
import type { HandlerContext } from './handler';
import { handlerTable } from './handler-table';
import { can } from './auth/permissions';

function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(apiContract, name);
}

/**
 * The one entry point both transports (IPC, web mode) call: parses the input with the method's schema,
 * checks the permission, runs the handler and turns thrown errors into `{ code, params }` values.
 */
export async function dispatch(
  base: Omit<HandlerContext, 'user' | 'session'>,
  method: string,
  rawInput: unknown,
  session: string | null,
): Promise<InvokeResult> {
  try {
    if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', { method });
    const parsed = apiContract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AppError('INVALID_INPUT', { method, path: first ? first.path.join('.') : '', reason: first?.message ?? '' });
    }
    const user = session ? base.sessions.resolve(session) : null;
    const handler = handlerTable[method];
    if (handler.permission !== 'public') {
      if (!user) throw new AppError('UNAUTHENTICATED');
      if (!can(user.role, handler.permission)) throw new AppError('FORBIDDEN', { permission: handler.permission });
    }
    const ctx: HandlerContext = { ...base, user, session };
    const run = handler.run as (c: HandlerContext, i: unknown) => unknown;
    return { ok: true, value: await run(ctx, parsed.data) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toValue() };
    console.error(`[backend] ${method} failed:`, err instanceof Error ? err.stack : err);
    return { ok: false, error: { code: 'INTERNAL' } };
  }
}
