import { useNavigation } from '../state/navigation-store';
import { useProgressStore } from '../state/progress-store';
import { useSession } from '../state/session-store';
import { createClient } from './client';
import { ipcTransport } from './ipc-transport';
import { takeRunToken } from './run-token';
import { webTransport } from './web-transport';

/** The one client of the app: Electron's bridge when present, else web mode's HTTP endpoint. */
export const api = createClient(ipcTransport() ?? webTransport(takeRunToken()), () => useSession.getState().session, {
  onUnauthenticated() {
    // Nothing of the signed-out user stays on screen, including an unsaved draft.
    useNavigation.getState().reset();
    useSession.getState().signOut();
  },
  onRunTokenRejected() {
    useSession.getState().rejectRunToken();
  },
});

// Heard from the start, so a job's first events are not missed by a screen opened later.
api.onProgress((event) => useProgressStore.getState().receive(event));
