import { useTranslation } from 'react-i18next';
import type { CallError } from '../api/client';
import { useNavigation, type Route } from '../state/navigation-store';

/** Shown while a card loads, or when it could not be opened. */
export function EditorLoadState({ error, listRoute }: { error: CallError | null; listRoute: Route }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  if (!error) return <p className="muted page-pad">{t('app.loading')}</p>;
  return (
    <div className="page-pad">
      <div className="banner banner--error" role="alert">
        {t('editor.loadFailed')} {t(`errors.${error.code}`)}
      </div>
      <button type="button" className="button" onClick={() => navigate(listRoute)}>
        {t('common.close')}
      </button>
    </div>
  );
}
