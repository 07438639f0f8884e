import { useTranslation } from 'react-i18next';
import type { CallError } from '../api/client';
import { CallErrorBanner } from '../components/CallErrorBanner';
import { useNavigation, type Route } from '../state/navigation-store';

/** Shown while a card loads, or when it could not be opened: try again, or back to the list. */
export function EditorLoadState({ error, onRetry, listRoute }: { error: CallError | null; onRetry(): void; listRoute: Route }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  if (!error) return <p className="muted page-pad">{t('app.loading')}</p>;
  return (
    <div className="page-pad">
      <CallErrorBanner error={error} onRetry={onRetry} title={t('editor.loadFailed')} />
      <button type="button" className="button" onClick={() => navigate(listRoute)}>
        {t('common.close')}
      </button>
    </div>
  );
}
