import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../components/AuthLayout';

/** Web mode refused the page: it was opened without the address (and token) that npm start printed. */
export function RunTokenScreen() {
  const { t } = useTranslation();
  return (
    <AuthLayout>
      <h1 className="auth__title">{t('runToken.title')}</h1>
      <p className="banner banner--error" role="alert" data-testid="run-token-error">
        {t('runToken.body')}
      </p>
    </AuthLayout>
  );
}
