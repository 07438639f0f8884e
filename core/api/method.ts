import type { z } from 'zod';

/** One backend method as the renderer sees it: what goes in, what comes out. */
export interface MethodContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodContract<I, O> {
  return { input, output };
}
