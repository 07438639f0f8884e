import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { CallError } from '../../api/client';
import { AuthLayout } from '../../components/AuthLayout';
import { useSession } from '../../state/session-store';

/** The demo school's account, created by the demo seeding (electron/backend/demo). */
const demoAccount = { login: 'admin', password: 'demo-admin' };

export function LoginScreen({ schoolName, demo, created }: { schoolName?: string; demo: boolean; created: string | null }) {
  const { t } = useTranslation();
  const signIn = useSession((s) => s.signIn);
  const [login, setLogin] = useState(created ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.call('auth.login', { login, password });
      signIn(r.session, r.user);
    } catch (err) {
      setPassword('');
      setError(err instanceof CallError ? err : new CallError('INTERNAL'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout>
      <h1 className="auth__title">{t('login.title')}</h1>
      {schoolName && <p className="auth__school">{schoolName}</p>}
      {created && (
        <p className="banner banner--success" role="status">
          {t('login.created')}
        </p>
      )}
      {demo && (
        <div className="banner banner--info" data-testid="demo-hint">
          <strong>{t('login.demoTitle')}.</strong> {t('login.demoHint', demoAccount)}
        </div>
      )}
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="login-login">
            {t('login.login')}
          </label>
          <input
            id="login-login"
            name="login"
            className="input"
            autoComplete="username"
            autoFocus={!created}
            value={login}
            onChange={(e) => setLogin(e.target.value)}
            aria-invalid={error?.code === 'INVALID_CREDENTIALS'}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="login-password">
            {t('login.password')}
          </label>
          <input
            id="login-password"
            name="password"
            type="password"
            className="input"
            autoComplete="current-password"
            autoFocus={!!created}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error?.code === 'INVALID_CREDENTIALS'}
            aria-describedby={error ? 'login-error' : undefined}
          />
        </div>
        {error && (
          <p className="banner banner--error" role="alert" id="login-error" data-error-code={error.code}>
            {t(`errors.${error.code}`)}
          </p>
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
