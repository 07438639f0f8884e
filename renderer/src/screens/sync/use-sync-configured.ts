import { useCall } from '../../api/use-call';
import { useCan } from '../../state/use-can';
import { useSyncStore } from './sync-store';

/**
 * Whether sync is set up: known from the settings for those who may read them, and from a run or a start refused with
 * SYNC_NOT_CONFIGURED for everyone. `configured` null: not known (yet).
 */
export function useSyncConfigured(): { configured: boolean | null; canConfigure: boolean } {
  const canConfigure = useCan('sync.settings');
  const settings = useCall('sync.settings', canConfigure ? {} : null, [canConfigure]);
  const callError = useSyncStore((s) => s.callError);
  const runError = useSyncStore((s) => s.status?.error ?? null);
  const refused = callError?.code === 'SYNC_NOT_CONFIGURED' || runError?.code === 'SYNC_NOT_CONFIGURED';
  const known = settings.data ? settings.data.serverUrl !== null && settings.data.tokenHint !== null : null;
  return { configured: refused ? false : known, canConfigure };
}
