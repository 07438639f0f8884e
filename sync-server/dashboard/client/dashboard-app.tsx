import { useCallback, useEffect, useState } from 'react';
import { dashboardText, type DashboardLanguage } from '../dashboard-text';
import { keepLanguage, keptLanguage, LanguageContext } from './dashboard-language';
import { LoginView } from './login-view';
import { keepSession, keptSession, signOut, type CallFailure, type KeptSession } from './overview-client';
import { SchoolsView } from './schools-view';

/** The officer's district by name once the schools table has it (the sign-in answer carries only its code). */
function districtLabel(code: string, districts: readonly { code: string; name: string }[]): string {
  const name = districts.find((d) => d.code === code)?.name;
  return name ? `${name} (${code})` : code;
}

/** The dashboard: sign-in, then the schools of the officer's scope; Ukrainian or English. */
export function DashboardApp() {
  const [lang, setLang] = useState<DashboardLanguage>(keptLanguage);
  const [session, setSession] = useState<KeptSession | null>(keptSession);
  const [notice, setNotice] = useState<CallFailure | null>(null);
  const [districts, setDistricts] = useState<readonly { code: string; name: string }[]>([]);
  const t = (key: Parameters<typeof dashboardText>[1], values?: Record<string, string>) => dashboardText(lang, key, values);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = dashboardText(lang, 'title');
  }, [lang]);

  const changeSession = useCallback((next: KeptSession | null) => {
    keepSession(next);
    setSession(next);
  }, []);
  const sessionEnded = useCallback(
    (failure: CallFailure) => {
      setNotice(failure);
      changeSession(null);
    },
    [changeSession],
  );
  const switchLanguage = () => {
    const next = lang === 'uk' ? 'en' : 'uk';
    keepLanguage(next);
    setLang(next);
  };
  const leave = () => {
    if (session) void signOut(session.token);
    setNotice(null);
    changeSession(null);
  };

  return (
    <LanguageContext.Provider value={lang}>
      <header className="top">
        <h1>{t('title')}</h1>
        {session && (
          <span className="who">
            {session.user.name} · {session.user.role === 'ministry' ? t('scopeMinistry') : t('scopeDistrict', { district: districtLabel(session.user.district ?? '', districts) })}
          </span>
        )}
        <button className="lang" onClick={switchLanguage} lang={lang === 'uk' ? 'en' : 'uk'}>
          {t('language')}
        </button>
        {session && <button onClick={leave}>{t('signOut')}</button>}
      </header>
      <main>
        {session ? (
          <SchoolsView token={session.token} lang={lang} onFailure={sessionEnded} onDistricts={setDistricts} />
        ) : (
          <LoginView
            lang={lang}
            notice={notice}
            onSignedIn={(s) => {
              setNotice(null);
              changeSession(s);
            }}
          />
        )}
      </main>
    </LanguageContext.Provider>
  );
}
