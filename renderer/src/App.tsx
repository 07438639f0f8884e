import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { api } from './api/api';
import { CallError } from './api/client';
import { AuthLayout } from './components/AuthLayout';
import { AppShell } from './screens/AppShell';
import { LoginScreen } from './screens/login/LoginScreen';
import { RunTokenScreen } from './screens/RunTokenScreen';
import { SetupScreen } from './screens/setup/SetupScreen';
import { useSession } from './state/session-store';

type SetupStatus = MethodOutput<'setup.status'>;

/** Which screen the app is on: no run token → setup → login → the office. */
export function App() {
  const { t } = useTranslation();
  const runTokenRejected = useSession((s) => s.runTokenRejected);
  const session = useSession((s) => s.session);
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [statusError, setStatusError] = useState<CallError | null>(null);
  const [createdLogin, setCreatedLogin] = useState<string | null>(null);

  const loadStatus = useCallback(() => {
    api.call('setup.status', {}).then(setStatus, (err: unknown) => setStatusError(err instanceof CallError ? err : new CallError('INTERNAL')));
  }, []);
  useEffect(loadStatus, [loadStatus]);
  // The "school created" note belongs to the first sign-in only.
  useEffect(() => {
    if (session) setCreatedLogin(null);
  }, [session]);

  if (runTokenRejected) return <RunTokenScreen />;
  if (!status) {
    return (
      <AuthLayout>
        {statusError ? (
          <p className="banner banner--error" role="alert">
            {t(`errors.${statusError.code}`)}
          </p>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </AuthLayout>
    );
  }
  if (status.needsSetup) {
    return (
      <SetupScreen
        onDone={(login) => {
          setCreatedLogin(login);
          loadStatus();
        }}
      />
    );
  }
  if (!session) return <LoginScreen schoolName={status.schoolName} demo={status.demo} created={createdLogin} />;
  return <AppShell />;
}
