import { useTranslation } from 'react-i18next';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { showTimestamp } from '../../../format/dates';

/**
 * The transition is the whole school's: run on one office PC, right after Sync all, it starts from every PC's work
 * and reaches the others whole on their next Sync all (which then refuse to run it again).
 */
export function OnePcNotice() {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('sync.status', {}, []);
  if (error) return <CallErrorBanner error={error} onRetry={reload} />;
  if (!data) return null;
  const lastSync = data.lastResult?.finishedAt;
  return (
    <div className="banner banner--info" data-testid="ye-one-pc">
      <p>
        {t('academic.yearEnd.onePc')}{' '}
        {lastSync ? t('academic.yearEnd.lastSync', { when: showTimestamp(lastSync) }) : t('academic.yearEnd.neverSynced')}
      </p>
    </div>
  );
}
