import type { MethodName } from '../../../core/api/contract';
import { roleMayCall } from './may-call';
import { useSession } from './session-store';

/** Whether the signed-in user may call `method`: what they may not do is not offered. */
export function useCan(method: MethodName): boolean {
  const role = useSession((s) => s.user?.role ?? null);
  return roleMayCall(role, method);
}
