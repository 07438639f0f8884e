import type { MethodInput, MethodName, MethodOutput } from '../../../core/api/contract';

/**
 * Calls web mode's handler table as the renderer's transport does (run token, session), for a spec to prepare data that
 * no screen makes yet. Signs in with the given account first.
 */
export async function signedInCaller(url: string, login: string, password: string) {
  const address = new URL(url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  const endpoint = `${address.origin}/api/invoke`;
  let session: string | null = null;
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ method, input, session }),
    });
    const result = (await response.json()) as { ok: true; value: MethodOutput<M> } | { ok: false; error: unknown };
    if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
    return result.value;
  }
  session = (await call('auth.login', { login, password })).session;
  return call;
}
