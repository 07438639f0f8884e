import type { User } from '../../core/api/auth-api';
import type { InvokeResult } from '../../core/api/invoke-result';
import { effectiveGrants, mayCallWith } from '../../core/auth/permissions';
import { AppError } from '../../core/errors';
import type { BackendBase } from './backend-context';
import { handlerTable, type TableEntry } from './handler-table';

function entryOf(method: string): TableEntry {
  const entry = handlerTable.get(method);
  if (!entry) throw new AppError('UNKNOWN_METHOD', { method });
  return entry;
}

function parsedInput(entry: TableEntry, method: string, rawInput: unknown): unknown {
  const parsed = entry.contract.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', { method, path: first ? first.path.join('.') : '', reason: first?.message ?? '' });
  }
  return parsed.data;
}

/** What a user with a new or reset password may still do: change it, and see who they are. */
const beforePasswordChange = new Set(['auth.changePassword', 'auth.me']);

/**
 * The contract's permission against the union of the user's roles. A permission held for some objects only (a class
 * teacher's own class) passes only into methods that check the object themselves (`scoped`, see auth/scope.ts).
 */
function authorise(method: string, entry: TableEntry, user: User | null): void {
  const { permission, scoped } = entry.contract;
  if (permission === 'public') return;
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (user.mustChangePassword && !beforePasswordChange.has(method)) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if (!mayCallWith(effectiveGrants(user.roles), permission, scoped)) throw new AppError('FORBIDDEN', { permission });
}

function failure(method: string, err: unknown): InvokeResult {
  if (err instanceof AppError) return { ok: false, error: err.toValue() };
  console.error(`[backend] ${method} failed:`, err instanceof Error ? err.stack : err);
  return { ok: false, error: { code: 'INTERNAL' } };
}

/**
 * The one entry point both transports (IPC, web mode) call: parses the input with the method's schema, checks the
 * permission the contract names, runs the handler — a long job on the jobs' own thread and connection — and turns
 * thrown errors into `{ code, params }` values.
 */
export async function dispatch(base: BackendBase, method: string, rawInput: unknown, session: string | null): Promise<InvokeResult> {
  try {
    const entry = entryOf(method);
    const input = parsedInput(entry, method, rawInput);
    const user = session ? base.sessions.resolve(session) : null;
    authorise(method, entry, user);
    if (entry.contract.job && base.jobs && user) return await base.jobs.method(method, input, user);
    return { ok: true, value: await entry.run({ ...base, user, session }, input) };
  } catch (err) {
    return failure(method, err);
  }
}

/** A long job's side of a call dispatch has already authorised: runs it as `user` on this connection. */
export async function dispatchAs(base: BackendBase, method: string, rawInput: unknown, user: User): Promise<InvokeResult> {
  try {
    const entry = entryOf(method);
    const input = parsedInput(entry, method, rawInput);
    authorise(method, entry, user);
    return { ok: true, value: await entry.run({ ...base, user, session: null }, input) };
  } catch (err) {
    return failure(method, err);
  }
}
