import type { z } from 'zod';
import type { Permission } from '../auth/permissions';

/** One backend method: what goes in, what comes out, and what the caller must be allowed. */
export interface MethodContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
  /**
   * A long job (a year-end, a whole printout, an import): the backend runs it on a thread and a database connection
   * of its own, so other calls keep answering meanwhile; it reports progress events.
   */
  job: boolean;
  /**
   * The handler checks the object against the caller's scope (electron/backend/auth/scope.ts), so a permission held
   * for some objects only (a class teacher's own class) lets the call through dispatch. Unscoped methods need the
   * permission for every object.
   */
  scoped: boolean;
}

export interface MethodOptions {
  scoped?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  permission: Permission,
  input: I,
  output: O,
  options: MethodOptions = {},
): MethodContract<I, O> {
  return { input, output, permission, job: false, scoped: options.scoped ?? false };
}

/** A method that runs as a long job (see `MethodContract.job`). */
export function longJob<I extends z.ZodType, O extends z.ZodType>(
  permission: Permission,
  input: I,
  output: O,
  options: MethodOptions = {},
): MethodContract<I, O> {
  return { input, output, permission, job: true, scoped: options.scoped ?? false };
}

/** One feature's methods: the contract of one backend feature folder. */
export type FeatureApi = Record<string, MethodContract>;
