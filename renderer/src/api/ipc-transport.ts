import type { Transport } from './transport';

declare global {
  interface Window {
    /** Exposed by electron/preload only; absent in web mode. */
    schoolOffice?: Transport;
  }
}

export function ipcTransport(): Transport | null {
  const bridge = window.schoolOffice;
  return bridge ? { invoke: (method, input, session) => bridge.invoke(method, input, session) } : null;
}
