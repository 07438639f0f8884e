import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { useAction } from '../../api/use-action';
import type { CallError } from '../../api/client';
import { AuthLayout } from '../../components/AuthLayout';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { useSession } from '../../state/session-store';

type DemoAccount = MethodOutput<'setup.status'>['demoAccounts'][number];

/** Until when a login waits after wrong passwords (TOO_MANY_ATTEMPTS), while that time has not passed. */
function useLockedUntil(error: CallError | null): Date | null {
  const untilMs = error?.code === 'TOO_MANY_ATTEMPTS' && typeof error.params?.until === 'string' ? Date.parse(error.params.until) : null;
  const [, setTick] = useState(0);
  // Re-render once the wait is over, so the button comes back without another click.
  useEffect(() => {
    if (untilMs === null || untilMs <= Date.now()) return;
    const timer = setTimeout(() => setTick((n) => n + 1), untilMs - Date.now());
    return () => clearTimeout(timer);
  }, [untilMs]);
  return untilMs !== null && untilMs > Date.now() ? new Date(untilMs) : null;
}

/** The demo's accounts with their documented passwords, so a visitor can try each role. */
function DemoAccounts({ accounts, onPick }: { accounts: readonly DemoAccount[]; onPick(account: DemoAccount): void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--info" data-testid="demo-hint">
      <strong>{t('login.demoTitle')}.</strong> {t('users.login.demoAccounts')}
      <ul className="demo-accounts">
        {accounts.map((a) => (
          <li key={a.login}>
            <button type="button" className="link-button" onClick={() => onPick(a)} data-demo-login={a.login}>
              {t('users.login.account', { login: a.login, password: a.password })}
            </button>{' '}
            <span className="muted">— {a.roles.map((r) => t(`users.role.${r}`)).join(', ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LoginScreen({
  schoolName,
  demoAccounts,
  created,
}: {
  schoolName?: string | undefined;
  demoAccounts: readonly DemoAccount[];
  created: string | null;
}) {
  const { t, i18n } = useTranslation();
  const signIn = useSession((s) => s.signIn);
  const [login, setLogin] = useState(created ?? '');
  const [password, setPassword] = useState('');
  const signingIn = useAction('auth.login');
  const { error, running: busy } = signingIn;
  const lockedUntil = useLockedUntil(error);

  const submit = async () => {
    if (busy || lockedUntil) return;
    const r = await signingIn.run({ login, password });
    if (r) signIn(r.session, r.user, r.grants);
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
      {demoAccounts.length > 0 && (
        <DemoAccounts
          accounts={demoAccounts}
          onPick={(a) => {
            setLogin(a.login);
            setPassword(a.password);
            signingIn.reset();
          }}
        />
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
            onChange={(e) => {
              setLogin(e.target.value);
              signingIn.reset();
            }}
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
        {lockedUntil && (
          <p className="muted" role="status" data-testid="login-locked">
            {t('users.login.lockedUntil', { time: lockedUntil.toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) })}
          </p>
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy || lockedUntil !== null}>
          {t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
