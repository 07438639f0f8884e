import type { InvokeResult } from '../../../core/api/invoke-result';
import { progressEventSchema, type ProgressEvent, type ProgressSource } from '../../../core/api/progress';
import { eventStreamParser, reconnectDelay } from './event-stream';
import type { Transport } from './transport';

/** Raised when web mode refuses the run token: the page was opened without the address `npm start` printed. */
export class RunTokenRejected extends Error {
  constructor() {
    super('run token rejected');
    this.name = 'RunTokenRejected';
  }
}

type Listener = (event: ProgressEvent) => void;

/** Web mode sends `: keep-alive` every 15 s: a stream silent for three of those has died without closing. */
const silenceMs = 45_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

async function readStream(body: ReadableStream<Uint8Array>, onChunk: (text: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const watchdog = setTimeout(() => void reader.cancel(), silenceMs);
    const { done, value } = await reader.read().finally(() => clearTimeout(watchdog));
    if (done) return;
    onChunk(decoder.decode(value, { stream: true }));
  }
}

/**
 * Follows `GET ./api/events` until `signal` aborts, connecting again with a growing delay whenever it drops.
 * EventSource cannot send the run token's header, so the body is read as a stream.
 */
async function followEvents(runToken: string, emit: Listener, signal: AbortSignal): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    try {
      const response = await fetch('./api/events', {
        headers: { Authorization: `Bearer ${runToken}`, Accept: 'text/event-stream' },
        credentials: 'omit',
        cache: 'no-store',
        signal,
      });
      // A refused run token is told by the next call; asking again would only be refused again.
      if (response.status === 401) return;
      if (response.ok && response.body) {
        failures = 0;
        await readStream(
          response.body,
          eventStreamParser(({ event, data }) => {
            if (event !== 'progress') return;
            const parsed = progressEventSchema.safeParse(JSON.parse(data));
            if (parsed.success) emit(parsed.data);
          }),
        );
      }
    } catch {
      // A dropped connection or a malformed event: the stream is opened again below.
    }
    await sleep(reconnectDelay(failures++), signal);
  }
}

/** One stream for all listeners, open while any listens. */
function progressStream(runToken: string): ProgressSource {
  const listeners = new Set<Listener>();
  let controller: AbortController | null = null;
  return {
    onProgress(listener) {
      listeners.add(listener);
      if (!controller) {
        controller = new AbortController();
        void followEvents(runToken, (event) => listeners.forEach((l) => l(event)), controller.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          controller?.abort();
          controller = null;
        }
      };
    },
  };
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
    onProgress: runToken ? progressStream(runToken).onProgress : () => () => undefined,
  };
}
