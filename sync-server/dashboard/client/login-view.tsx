import { useState, type FormEvent } from 'react';
import { dashboardTime, type DashboardLanguage } from '../dashboard-text';
import { useText } from './dashboard-language';
import { CallError, signIn, type CallFailure, type KeptSession } from './overview-client';

export function failureText(t: ReturnType<typeof useText>, failure: CallFailure, lang: DashboardLanguage): string {
  switch (failure.kind) {
    case 'wrong-password':
      return t('wrongPassword');
    case 'throttled':
      return t('throttled', { time: dashboardTime(failure.retryAt, lang) });
    case 'session-ended':
      return t('sessionEnded');
    case 'forbidden':
      return t('forbidden');
    case 'failed':
      return t('failed');
  }
}

/** The sign-in form of district and ministry officers. */
export function LoginView({ lang, notice, onSignedIn }: { lang: DashboardLanguage; notice: CallFailure | null; onSignedIn: (session: KeptSession) => void }) {
  const t = useText();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<CallFailure | null>(notice);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const answer = await signIn(login.trim(), password);
      onSignedIn({ token: answer.token, user: answer.user });
    } catch (err) {
      setFailure(err instanceof CallError ? err.failure : { kind: 'failed' });
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="login" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
      <h2 id="login-title">{t('loginTitle')}</h2>
      <p className="hint">{t('loginHint')}</p>
      <label>
        {t('login')}
        <input name="login" autoComplete="username" autoFocus required maxLength={100} value={login} onChange={(e) => setLogin(e.target.value)} />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required maxLength={200} value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {failure && (
        <p className="error" role="alert">
          {failureText(t, failure, lang)}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('signIn')}
      </button>
    </form>
  );
}
