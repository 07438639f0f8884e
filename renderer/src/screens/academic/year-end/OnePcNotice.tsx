import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { showTimestamp } from '../../../format/dates';

/**
 * The transition is the whole school's: run on one office PC, right after Sync all, it starts from every PC's work
 * and reaches the others whole on their next Sync all (which then refuse to run it again).
 */
export function OnePcNotice() {
  const { t } = useTranslation();
  const [lastSync, setLastSync] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api.call('sync.status', {}).then(
      (status) => live && setLastSync(status.lastResult?.finishedAt ?? null),
      () => live && setLastSync(null),
    );
    return () => {
      live = false;
    };
  }, []);
  if (lastSync === undefined) return null;
  return (
    <div className="banner banner--info" data-testid="ye-one-pc">
      <p>
        {t('academic.yearEnd.onePc')}{' '}
        {lastSync ? t('academic.yearEnd.lastSync', { when: showTimestamp(lastSync) }) : t('academic.yearEnd.neverSynced')}
      </p>
    </div>
  );
}
