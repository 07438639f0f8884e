import type { InvokeResult } from '../../../core/api/invoke-result';
import { progressEventSchema } from '../../../core/api/progress';
import type { Transport } from './transport';

/** The one fixed object electron/preload exposes. */
interface SchoolOfficeBridge {
  invoke(method: string, input: unknown, session: string | null): Promise<InvokeResult>;
  /** Calls `listener` with every progress event of the backend until the returned function is called. */
  onProgress(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by electron/preload only; absent in web mode. */
    schoolOffice?: SchoolOfficeBridge;
  }
}

export function ipcTransport(): Transport | null {
  const bridge = window.schoolOffice;
  if (!bridge) return null;
  return {
    invoke: (method, input, session) => bridge.invoke(method, input, session),
    onProgress: (listener) =>
      bridge.onProgress((event) => {
        const parsed = progressEventSchema.safeParse(event);
        if (parsed.success) listener(parsed.data);
      }),
  };
}
