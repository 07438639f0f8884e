import type { MethodName } from '../../../core/api/contract';
import { mayCall } from './may-call';
import { useSession } from './session-store';

/** Whether the signed-in user may call `method`: what they may not do is not offered. */
export function useCan(method: MethodName): boolean {
  const grants = useSession((s) => s.grants);
  return mayCall(grants, method);
}
