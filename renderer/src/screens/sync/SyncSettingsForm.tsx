import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { syncApi } from '../../../../core/api/sync-api';
import { useAction } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { useNavigation } from '../../state/navigation-store';
import { SyncServerFields, type FieldErrors } from './SyncServerFields';

type Settings = MethodOutput<'sync.settings'>;

/** Changes the server and the token; the connection is tested with what is saved, so a change is saved first. */
export function SyncSettingsForm({ loaded }: { loaded: Settings }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const [settings, setSettings] = useState(loaded);
  const [serverUrl, setServerUrl] = useState(loaded.serverUrl ?? '');
  const [token, setToken] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [tested, setTested] = useState<string | null>(null);
  const saving = useAction('sync.saveSettings');
  const testing = useAction('sync.testConnection');
  const dirty = serverUrl.trim() !== (settings.serverUrl ?? '') || token.trim() !== '';

  const save = async () => {
    const parsed = syncApi['sync.saveSettings'].input.safeParse({ serverUrl: serverUrl.trim(), token: token.trim() === '' ? undefined : token });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'serverUrl') errors.serverUrl = t('sync.settings.badUrl');
        if (issue.path[0] === 'token') errors.token = t('sync.settings.shortToken');
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setSaved(false);
    setTested(null);
    testing.reset();
    const next = await saving.run(parsed.data);
    if (!next) return;
    setSettings(next);
    setServerUrl(next.serverUrl ?? '');
    setToken('');
    setSaved(true);
  };

  const testConnection = async () => {
    setTested(null);
    const answer = await testing.run({});
    if (answer) setTested(answer.version);
  };

  return (
    <form
      className="sync-settings__form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">{t('sync.settings.intro')}</p>
      <SyncServerFields
        serverUrl={serverUrl}
        token={token}
        tokenHint={settings.tokenHint}
        errors={fieldErrors}
        onServerUrl={(value) => (setServerUrl(value), setSaved(false))}
        onToken={(value) => (setToken(value), setSaved(false))}
      />
      {settings.secretStorage === 'plain' && (
        <div className="banner banner--info sync-settings__plain" data-testid="sync-plain-storage">
          {t('sync.settings.plainStorage')}
        </div>
      )}
      {saving.error && <CallErrorBanner error={saving.error} />}
      {saved && !dirty && (
        <div className="banner banner--success" role="status">
          {t('sync.settings.saved')}
        </div>
      )}
      <div className="sync-settings__actions">
        <button type="submit" className="button button--primary" disabled={saving.running || !dirty} data-testid="sync-save">
          {saving.running ? t('common.saving') : t('sync.settings.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void testConnection()}
          disabled={testing.running || dirty || !settings.serverUrl}
          aria-describedby={dirty ? 'sync-test-needs-save' : undefined}
          data-testid="sync-test"
        >
          {testing.running ? t('sync.settings.testing') : t('sync.settings.test')}
        </button>
        {settings.serverUrl && settings.tokenHint && !dirty && (
          <button type="button" className="button button--quiet" onClick={() => navigate({ screen: 'sync' })}>
            {t('sync.settings.openSync')}
          </button>
        )}
      </div>
      {dirty && (
        <p className="muted" id="sync-test-needs-save">
          {t('sync.settings.testNeedsSave')}
        </p>
      )}
      {tested !== null && (
        <div className="banner banner--success" role="status" data-testid="sync-test-result">
          {t('sync.settings.testOk', { version: tested })}
        </div>
      )}
      {testing.error && <CallErrorBanner error={testing.error} testId="sync-test-result" />}
      <p className="muted sync-settings__device">{t('sync.settings.deviceId', { id: settings.deviceId })}</p>
    </form>
  );
}
