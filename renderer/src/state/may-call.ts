import { apiContract, type MethodName } from '../../../core/api/contract';
import { can, type Role } from '../../../core/auth/permissions';

/** Whether `role` may call `method`, by the contract's permission and the role grants the backend enforces. */
export function roleMayCall(role: Role | null, method: MethodName): boolean {
  return role !== null && can(role, apiContract[method].permission);
}
