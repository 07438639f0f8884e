import { apiContract, type MethodName } from '../../../core/api/contract';
import { can, type Role } from '../../../core/auth/permissions';
import { useSession } from './session-store';

/** Whether `role` may call `method`, by the contract's permission and the role grants the backend enforces. */
export function roleMayCall(role: Role | null, method: MethodName): boolean {
  return role !== null && can(role, apiContract[method].permission);
}

/** Whether the signed-in user may call `method`: what they may not do is not offered. */
export function useCan(method: MethodName): boolean {
  const role = useSession((s) => s.user?.role ?? null);
  return roleMayCall(role, method);
}
