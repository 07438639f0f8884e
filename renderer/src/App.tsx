import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from './api/use-call';
import { AuthLayout } from './components/AuthLayout';
import { CallErrorBanner } from './components/CallErrorBanner';
import { AppShell } from './screens/AppShell';
import { LoginScreen } from './screens/login/LoginScreen';
import { ChangePasswordScreen } from './screens/password/ChangePasswordScreen';
import { RunTokenScreen } from './screens/RunTokenScreen';
import { SetupScreen } from './screens/setup/SetupScreen';
import { useSession } from './state/session-store';

/** Which screen the app is on: no run token → setup → login → the office. */
export function App() {
  const { t } = useTranslation();
  const runTokenRejected = useSession((s) => s.runTokenRejected);
  const session = useSession((s) => s.session);
  const mustChangePassword = useSession((s) => s.user?.mustChangePassword ?? false);
  const { data: status, error: statusError, reload: loadStatus } = useCall('setup.status', {}, []);
  const [createdLogin, setCreatedLogin] = useState<string | null>(null);
  // The "school created" note belongs to the first sign-in only.
  useEffect(() => {
    if (session) setCreatedLogin(null);
  }, [session]);

  if (runTokenRejected) return <RunTokenScreen />;
  if (!status) {
    return (
      <AuthLayout>
        {statusError ? (
          <CallErrorBanner error={statusError} onRetry={loadStatus} />
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
  if (!session) return <LoginScreen schoolName={status.schoolName} demoAccounts={status.demoAccounts} created={createdLogin} />;
  // A new or reset password: the backend answers nothing else until it is changed.
  if (mustChangePassword) {
    return (
      <AuthLayout>
        <ChangePasswordScreen required onDone={() => undefined} />
      </AuthLayout>
    );
  }
  return <AppShell />;
}
