import type { MethodInput, MethodName, MethodOutput } from '../../core/api/contract';
import type { Invoker } from '../../core/api/invoke-result';

/** Calls the backend through its one entry point, typed by the contract; a refused call throws with its code. */
export async function call<M extends MethodName>(
  backend: Invoker,
  method: M,
  input: MethodInput<M>,
  session: string | null,
): Promise<MethodOutput<M>> {
  const result = await backend.invoke(method, input, session);
  if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}
