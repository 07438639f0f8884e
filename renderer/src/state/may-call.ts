import { apiContract, type MethodName } from '../../../core/api/contract';
import { mayCallWith, type Grant } from '../../../core/auth/permissions';

/** Whether `grants` let the user call `method`, by the contract's permission: the same test dispatch makes. */
export function mayCall(grants: readonly Grant[], method: MethodName): boolean {
  const { permission, scoped } = apiContract[method];
  return mayCallWith(grants, permission, scoped);
}
