import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { SyncSettingsForm } from './SyncSettingsForm';

/** Server address and school token. The token is typed once; afterwards only its last four characters are shown. */
export function SyncSettingsSection() {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('sync.settings', {}, []);
  return (
    <section className="panel sync-settings" aria-labelledby="sync-settings-title" data-testid="sync-settings">
      <h2 id="sync-settings-title" className="panel__title">
        {t('sync.settings.section')}
      </h2>
      {error && <CallErrorBanner error={error} onRetry={reload} />}
      {!data && !error && <p className="muted">{t('app.loading')}</p>}
      {data && <SyncSettingsForm loaded={data} />}
    </section>
  );
}
