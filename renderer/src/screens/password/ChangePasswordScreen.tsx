import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { useSession } from '../../state/session-store';
import '../../styles/users.css';

/**
 * The user's own new password: forced after a new or reset one (`required`: nothing else answers until then), or
 * chosen from the header. The backend checks the length and refuses common passwords.
 */
export function ChangePasswordScreen({ required, onDone }: { required: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const changing = useAction('auth.changePassword');

  const submit = async () => {
    if (changing.running) return;
    if (next !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await changing.run({ currentPassword: current, newPassword: next });
    if (!result) return;
    useSession.getState().refreshUser(result.user, result.grants);
    onDone();
  };

  return (
    <div className="page-pad us-page us-narrow" data-testid="change-password">
      <h1 className="page-title">{t('users.password.title')}</h1>
      <p className={required ? 'banner banner--info' : 'muted'}>{required ? t('users.password.requiredIntro') : t('users.password.intro')}</p>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="password-current">
            {t('users.password.current')}
          </label>
          <input
            id="password-current"
            name="currentPassword"
            type="password"
            className="input"
            autoComplete="current-password"
            autoFocus
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="password-new">
            {t('users.password.new')}
          </label>
          <input
            id="password-new"
            name="newPassword"
            type="password"
            className="input"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            aria-describedby="password-hint"
          />
          <p className="field__hint muted" id="password-hint">
            {t('users.password.intro')}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="password-repeat">
            {t('users.password.repeat')}
          </label>
          <input
            id="password-repeat"
            name="repeatPassword"
            type="password"
            className="input"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            aria-invalid={mismatch}
          />
        </div>
        {mismatch && (
          <p className="banner banner--error" role="alert">
            {t('users.password.mismatch')}
          </p>
        )}
        {changing.error && <CallErrorBanner error={changing.error} />}
        <div className="us-actions">
          <button type="submit" className="button button--primary" disabled={changing.running}>
            {t('users.password.submit')}
          </button>
          {!required && (
            <button type="button" className="button" onClick={onDone}>
              {t('users.password.back')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
