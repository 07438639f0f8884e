import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { syncApi } from '../../../../core/api/sync-api';
import { api } from '../../api/api';
import { CallError } from '../../api/client';
import { useNavigation } from '../../state/navigation-store';

type Settings = MethodOutput<'sync.settings'>;
type FieldErrors = Partial<Record<'serverUrl' | 'token', string>>;
type TestResult = { ok: true; version: string } | { ok: false; error: CallError };

function asCallError(err: unknown): CallError {
  return err instanceof CallError ? err : new CallError('INTERNAL');
}

/** Server address and school token. The token is typed once; afterwards only its last four characters are shown. */
export function SyncSettingsSection() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<CallError | null>(null);
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<CallError | null>(null);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<TestResult | null>(null);

  useEffect(() => {
    let live = true;
    api.call('sync.settings', {}).then(
      (s) => {
        if (!live) return;
        setSettings(s);
        setServerUrl(s.serverUrl ?? '');
      },
      (err: unknown) => live && setLoadError(asCallError(err)),
    );
    return () => {
      live = false;
    };
  }, []);

  const dirty = settings !== null && (serverUrl.trim() !== (settings.serverUrl ?? '') || token.trim() !== '');

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
    setSaving(true);
    setSaveError(null);
    setSaved(false);
    setTest(null);
    try {
      const next = await api.call('sync.saveSettings', parsed.data);
      setSettings(next);
      setServerUrl(next.serverUrl ?? '');
      setToken('');
      setSaved(true);
    } catch (err) {
      setSaveError(asCallError(err));
    } finally {
      setSaving(false);
    }
  };

  const testConnection = async () => {
    setTesting(true);
    setTest(null);
    try {
      const { version } = await api.call('sync.testConnection', {});
      setTest({ ok: true, version });
    } catch (err) {
      setTest({ ok: false, error: asCallError(err) });
    } finally {
      setTesting(false);
    }
  };

  return (
    <section className="panel sync-settings" aria-labelledby="sync-settings-title" data-testid="sync-settings">
      <h2 id="sync-settings-title" className="panel__title">
        {t('sync.settings.section')}
      </h2>
      {loadError && (
        <div className="banner banner--error" role="alert" data-error-code={loadError.code}>
          {t(`errors.${loadError.code}`, loadError.params ?? {})}
        </div>
      )}
      {!settings && !loadError && <p className="muted">{t('app.loading')}</p>}
      {settings && (
        <form
          className="sync-settings__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="muted">{t('sync.settings.intro')}</p>
          <div className="field">
            <label className="field__label" htmlFor="sync-server-url">
              {t('sync.settings.serverUrl')}
            </label>
            <input
              id="sync-server-url"
              className="input"
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              value={serverUrl}
              onChange={(e) => {
                setServerUrl(e.target.value);
                setSaved(false);
              }}
              aria-invalid={fieldErrors.serverUrl ? true : undefined}
              aria-describedby="sync-server-url-hint sync-server-url-error"
              data-testid="sync-server-url"
            />
            <div className="field__hint" id="sync-server-url-hint">
              {t('sync.settings.serverUrlHint')}
            </div>
            {fieldErrors.serverUrl && (
              <div className="field-issue field-issue--error" id="sync-server-url-error">
                {fieldErrors.serverUrl}
              </div>
            )}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="sync-token">
              {t('sync.settings.token')}
            </label>
            <input
              id="sync-token"
              className="input"
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              value={token}
              onChange={(e) => {
                setToken(e.target.value);
                setSaved(false);
              }}
              aria-invalid={fieldErrors.token ? true : undefined}
              aria-describedby="sync-token-saved sync-token-hint sync-token-error"
              data-testid="sync-token"
            />
            <div className="field__hint sync-settings__token-state" id="sync-token-saved" data-testid="sync-token-hint">
              {settings.tokenHint ? t('sync.settings.tokenSaved', { hint: settings.tokenHint }) : t('sync.settings.tokenMissing')}
            </div>
            <div className="field__hint" id="sync-token-hint">
              {t('sync.settings.tokenHint')}
            </div>
            {fieldErrors.token && (
              <div className="field-issue field-issue--error" id="sync-token-error">
                {fieldErrors.token}
              </div>
            )}
          </div>
          {settings.secretStorage === 'plain' && (
            <div className="banner banner--info sync-settings__plain" data-testid="sync-plain-storage">
              {t('sync.settings.plainStorage')}
            </div>
          )}
          {saveError && (
            <div className="banner banner--error" role="alert" data-error-code={saveError.code}>
              {t(`errors.${saveError.code}`, saveError.params ?? {})}
            </div>
          )}
          {saved && !dirty && (
            <div className="banner banner--success" role="status">
              {t('sync.settings.saved')}
            </div>
          )}
          <div className="sync-settings__actions">
            <button type="submit" className="button button--primary" disabled={saving || !dirty} data-testid="sync-save">
              {saving ? t('common.saving') : t('sync.settings.save')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void testConnection()}
              disabled={testing || dirty || !settings.serverUrl}
              aria-describedby={dirty ? 'sync-test-needs-save' : undefined}
              data-testid="sync-test"
            >
              {testing ? t('sync.settings.testing') : t('sync.settings.test')}
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
          {test && (
            <div
              className={`banner ${test.ok ? 'banner--success' : 'banner--error'}`}
              role={test.ok ? 'status' : 'alert'}
              data-testid="sync-test-result"
              data-error-code={test.ok ? undefined : test.error.code}
            >
              {test.ok ? t('sync.settings.testOk', { version: test.version }) : t(`errors.${test.error.code}`, test.error.params ?? {})}
            </div>
          )}
          <p className="muted sync-settings__device">{t('sync.settings.deviceId', { id: settings.deviceId })}</p>
        </form>
      )}
    </section>
  );
}
