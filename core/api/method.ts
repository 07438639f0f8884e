import type { z } from 'zod';
import type { Permission } from '../auth/permissions';

/** One backend method: what goes in, what comes out, and what the caller must be allowed. */
export interface MethodContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
}

export function method<I extends z.ZodType, O extends z.ZodType>(permission: Permission, input: I, output: O): MethodContract<I, O> {
  return { input, output, permission };
}

/** One feature's methods: the contract of one backend feature folder. */
export type FeatureApi = Record<string, MethodContract>;
