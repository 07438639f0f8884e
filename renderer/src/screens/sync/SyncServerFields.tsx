import { useTranslation } from 'react-i18next';

export type FieldErrors = Partial<Record<'serverUrl' | 'token', string>>;

interface SyncServerFieldsProps {
  serverUrl: string;
  token: string;
  /** The last four characters of the saved token, if one is saved. */
  tokenHint: string | null;
  errors: FieldErrors;
  onServerUrl(value: string): void;
  onToken(value: string): void;
}

/** The central server's address and the school's token, each with its hint and what is wrong with it. */
export function SyncServerFields({ serverUrl, token, tokenHint, errors, onServerUrl, onToken }: SyncServerFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
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
          onChange={(e) => onServerUrl(e.target.value)}
          aria-invalid={errors.serverUrl ? true : undefined}
          aria-describedby="sync-server-url-hint sync-server-url-error"
          data-testid="sync-server-url"
        />
        <div className="field__hint" id="sync-server-url-hint">
          {t('sync.settings.serverUrlHint')}
        </div>
        {errors.serverUrl && (
          <div className="field-issue field-issue--error" id="sync-server-url-error">
            {errors.serverUrl}
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
          onChange={(e) => onToken(e.target.value)}
          aria-invalid={errors.token ? true : undefined}
          aria-describedby="sync-token-saved sync-token-hint sync-token-error"
          data-testid="sync-token"
        />
        <div className="field__hint sync-settings__token-state" id="sync-token-saved" data-testid="sync-token-hint">
          {tokenHint ? t('sync.settings.tokenSaved', { hint: tokenHint }) : t('sync.settings.tokenMissing')}
        </div>
        <div className="field__hint" id="sync-token-hint">
          {t('sync.settings.tokenHint')}
        </div>
        {errors.token && (
          <div className="field-issue field-issue--error" id="sync-token-error">
            {errors.token}
          </div>
        )}
      </div>
    </>
  );
}
