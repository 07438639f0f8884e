import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

/** The renderer's only door to the backend: one invoke over the handler table, and the progress events of long jobs. */
contextBridge.exposeInMainWorld('schoolOffice', {
  invoke: (method: string, input: unknown, session: string | null) =>
    ipcRenderer.invoke('school-office:invoke', { method, input, session }),
  onProgress: (listener: (event: unknown) => void) => {
    const forward = (_event: IpcRendererEvent, progress: unknown) => listener(progress);
    ipcRenderer.on('school-office:progress', forward);
    return () => {
      ipcRenderer.removeListener('school-office:progress', forward);
    };
  },
});
