import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../state/navigation-store';

/** Sync is not set up yet: the way to its settings for who may change them, else whom to ask. */
export function SyncNotConfigured({ canConfigure }: { canConfigure: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  return (
    <section className="panel sync-not-configured" aria-labelledby="sync-not-configured-title" data-testid="sync-not-configured">
      <h2 id="sync-not-configured-title" className="panel__title">
        {t('sync.notConfigured.title')}
      </h2>
      <p>{t('sync.notConfigured.body')}</p>
      {canConfigure ? (
        <button type="button" className="button button--primary" onClick={() => navigate({ screen: 'settings' })} data-testid="sync-open-settings">
          {t('sync.notConfigured.open')}
        </button>
      ) : (
        <p className="muted">{t('sync.notConfigured.askAdmin')}</p>
      )}
    </section>
  );
}
