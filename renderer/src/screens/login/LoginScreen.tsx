import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action';
import { AuthLayout } from '../../components/AuthLayout';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { useSession } from '../../state/session-store';

/** The demo school's account, created by the demo seeding (electron/backend/demo). */
const demoAccount = { login: 'admin', password: 'demo-admin' };

export function LoginScreen({ schoolName, demo, created }: { schoolName?: string; demo: boolean; created: string | null }) {
  const { t } = useTranslation();
  const signIn = useSession((s) => s.signIn);
  const [login, setLogin] = useState(created ?? '');
  const [password, setPassword] = useState('');
  const signingIn = useAction('auth.login');
  const { error, running: busy } = signingIn;

  const submit = async () => {
    if (busy) return;
    const r = await signingIn.run({ login, password });
    if (r) signIn(r.session, r.user);
    else setPassword('');
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
        {error && <CallErrorBanner error={error} id="login-error" />}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
