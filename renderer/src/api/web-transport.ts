import type { InvokeResult } from '../../../core/api/invoke-result';
import type { Transport } from './transport';

/** Raised when web mode refuses the run token: the page was opened without the address `npm start` printed. */
export class RunTokenRejected extends Error {
  constructor() {
    super('run token rejected');
    this.name = 'RunTokenRejected';
  }
}

export function webTransport(runToken: string | null): Transport {
  return {
    async invoke(method, input, session) {
      if (!runToken) throw new RunTokenRejected();
      const response = await fetch('./api/invoke', {
        method: 'POST',
        headers: { Authorization: `Bearer ${runToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, input, session }),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (response.status === 401) throw new RunTokenRejected();
      return (await response.json()) as InvokeResult;
    },
  };
}
