import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the screens before sign-in: app name, language switch, one centred card. */
export function AuthLayout({ wide, children }: { wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <header className="auth__top">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true">
            ШО
          </span>
          {t('app.title')}
        </span>
        <LanguageSwitch />
      </header>
      <main className={wide ? 'auth__card auth__card--wide' : 'auth__card'}>{children}</main>
    </div>
  );
}
