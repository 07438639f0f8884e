import { contextBridge, ipcRenderer } from 'electron';

/** The renderer's only door to the backend: one invoke over the handler table. */
contextBridge.exposeInMainWorld('schoolOffice', {
  invoke: (method: string, input: unknown, session: string | null) =>
    ipcRenderer.invoke('school-office:invoke', { method, input, session }),
});
