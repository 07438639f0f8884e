import { useTranslation } from 'react-i18next';
import { SyncSettingsSection } from './SyncSettingsSection';
import '../../styles/sync.css';

/** The application's settings; today its one section is sync with the central server. */
export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <div className="page-pad settings" data-testid="settings-screen">
      <h1 className="page-title">{t('sync.settings.title')}</h1>
      <SyncSettingsSection />
    </div>
  );
}
